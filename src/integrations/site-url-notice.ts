import type { AstroIntegration } from 'astro';
import { isLocalPreview, publicUrlNotice } from '../lib/site-url.ts';

/**
 * Says, at the start and again as the last line of a build, when the build has no public URL (and so wrote
 * no absolute URL) or only this machine's (a build for local preview, not for publishing).
 */
export default function siteUrlNotice(): AstroIntegration {
  let say = (_logger: { warn(m: string): void; info(m: string): void }) => {};
  return {
    name: 'soc3-site-url',
    hooks: {
      'astro:config:done': ({ config, logger }) => {
        const site = config.site;
        say = site ? (l) => isLocalPreview(site) && l.info(publicUrlNotice.local(site)) : (l) => l.warn(publicUrlNotice.missing);
        say(logger);
      },
      'astro:build:done': ({ logger }) => say(logger),
    },
  };
}
