/**
 * The physical limit the bench compares a service page's first paint with: a bare page holding one category's
 * report text (taken from the build), its few lines of CSS inline, no JavaScript, no site chrome; served
 * precompressed, with the same headers, by the same kind of server as the site. Its empty icon keeps the
 * browser from asking for /favicon.ico, a request the limit should not pay for.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { page } from '../helpers/dist.ts';
import { distDir } from '../helpers/paths.ts';
import { precompress } from '../../src/lib/serving/precompress.ts';
import { startStaticServer, type StaticServer } from '../../src/server/static-server.ts';

export async function serveBarePage(category = '/categories/compute/'): Promise<StaticServer & { url: string }> {
  const doc = page(category);
  const title = doc.querySelector('h1')?.textContent ?? '';
  const text = Array.from(
    doc.querySelectorAll('article h2, article p'),
    (el) => `<${el.tagName.toLowerCase()}>${el.textContent}</${el.tagName.toLowerCase()}>`,
  ).join('');
  const root = mkdtempSync(join(tmpdir(), 'soc3-bare-'));
  mkdirSync(join(root, 'dist', 'bare'), { recursive: true });
  mkdirSync(join(root, 'deploy'));
  // The site's headers, but a policy that lets the bare page's one inline stylesheet apply.
  const policy = JSON.parse(readFileSync(join(distDir, '..', 'deploy', 'policy.json'), 'utf8')) as { csp: string };
  writeFileSync(join(root, 'deploy', 'policy.json'), JSON.stringify({ ...policy, csp: "default-src 'self'; style-src 'unsafe-inline'" }));
  copyFileSync(join(distDir, '404.html'), join(root, 'dist', '404.html'));
  writeFileSync(
    join(root, 'dist', 'bare', 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>${title}</title><style>body{margin:0 auto;max-width:42rem;padding:1rem;font:1.0625rem/1.65 Charter,Georgia,serif;color:#1b1e22;background:#fbfaf7}h1,h2{line-height:1.25}</style></head><body><h1>${title}</h1>${text}</body></html>`,
  );
  await precompress(join(root, 'dist'));
  const server = await startStaticServer(join(root, 'dist'));
  return {
    ...server,
    url: `${server.origin}/bare/`,
    stop: async () => {
      await server.stop();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
