import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headerPolicy } from '../lib/csp.ts';
import { caddySite } from '../lib/serving/caddy.ts';
import { headersFile, redirectsFile } from '../lib/serving/host-files.ts';
import { nginxSite } from '../lib/serving/nginx.ts';
import type { ServingPolicy } from '../lib/serving/policy.ts';
import { precompressSwitch } from '../lib/serving/precompress.ts';
import { precompressInThread, tightenPagesInThread } from '../lib/serving/in-thread.ts';
import { stopwatch } from '../lib/stopwatch.ts';
import { publishedFolder, stagedCompanion } from './atomic-output.ts';

/** Where the servers' configurations go: next to the web root, never in it. */
export const deployFolder = 'deploy';

/**
 * After the build: each page's meta policy cut to its own hashes (remembered by the page's content: most pages are
 * those of the build before), the serving policy of this build (its header CSP from the pages' policies, its redirects
 * from the pages that are redirects), precompressed `.br` and `.gz` beside every text file, `_headers` and
 * `_redirects` in the web root, and in `deploy/` (swapped in with dist/ by atomic-output) the nginx server
 * block, the Caddyfile and the policy itself for the Node server of `npm start`.
 */
export default function serving({ cacheDir = 'node_modules/.cache' } = {}): AstroIntegration {
  let site: URL | undefined;
  let cache = cacheDir;
  return {
    name: 'soc3-serving',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
        cache = join(fileURLToPath(config.root), cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const pass = stopwatch();
        const { policies, redirects, reused } = await tightenPagesInThread({ dir: out, cache: join(cache, 'page-facts') });
        const policy: ServingPolicy = { csp: headerPolicy(policies), redirects };
        const passed = `${policies.length} pages tightened (${reused} from cache) in ${pass()}`;
        await writeFile(join(out, '_headers'), headersFile(policy));
        await writeFile(join(out, '_redirects'), redirectsFile(policy.redirects));
        const skip = process.env[precompressSwitch] === 'off';
        const elapsed = stopwatch();
        const compressed = skip ? undefined : await precompressInThread({ dir: out, cache: join(cache, 'precompressed') });

        const deploy = stagedCompanion(out, deployFolder);
        const root = publishedFolder(out);
        await mkdir(deploy, { recursive: true });
        await writeFile(join(deploy, 'nginx.conf'), nginxSite(policy, { root, listen: '80' }));
        await writeFile(
          join(deploy, 'Caddyfile'),
          caddySite(policy, { root, address: site && site.hostname !== 'localhost' ? site.host : ':80' }),
        );
        await writeFile(join(deploy, 'policy.json'), `${JSON.stringify(policy, null, 2)}\n`);
        const kb = (n: number) => `${Math.round(n / 1024)} KB`;
        logger.info(
          `${passed}, ${policy.redirects.length} redirects; ${
            compressed
              ? `${compressed.files} files precompressed (${compressed.reused} reused from cache) in ${elapsed()} (${kb(compressed.bytes)} → br ${kb(compressed.br)}, gzip ${kb(compressed.gzip)})`
              : `no precompressed files (${precompressSwitch}=off)`
          }; ${deployFolder}/nginx.conf, Caddyfile`,
        );
      },
    },
  };
}
