// Wiring only: build concerns live in src/integrations/ (Astro integrations) and src/remark/ (remark plugins).
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import atomicOutput from './src/integrations/atomic-output.ts';
import contentCheck from './src/integrations/content-check.ts';
import ogImages from './src/integrations/og-images.ts';
import { pagefindSearch } from './src/integrations/pagefind.ts';
import serving, { deployFolder } from './src/integrations/serving.ts';
import { contentSecurityPolicy } from './src/lib/csp.ts';
import { siteUrl } from './src/lib/site-url.ts';
import { remarkPlugins } from './src/remark/plugins.ts';
import siteUrlNotice from './src/integrations/site-url-notice.ts';
import { siteConfig } from './site.config.ts';

export default defineConfig({
  site: siteUrl(process.env, siteConfig.publicUrl),
  trailingSlash: 'always',
  // Each page's CSS in the page: no render-blocking stylesheet request before first paint (the bench measures LCP).
  build: { inlineStylesheets: 'always' },
  // 'jsx' (Astro 7's default) strips whitespace between inline elements; the glued-words test guards it.
  compressHTML: 'jsx',
  markdown: {
    // The report has no code; Shiki's inline styles would need 'unsafe-inline' under the CSP.
    syntaxHighlight: false,
    // smartypants would rewrite the report's straight quotes as curly ones: the words stay as published.
    processor: unified({
      smartypants: false,
      remarkPlugins,
    }),
  },
  security: { csp: contentSecurityPolicy() },
  vite: {
    build: {
      // Scripts load their lazy parts with import(); Vite's preload helper would add ~0.9 KB to every page.
      modulePreload: false,
      rollupOptions: {
        // Astro marks MDX modules with a directive the bundler cannot keep; the warning is Astro's own
        // noise and would bury the content errors our checks print.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  // atomicOutput last: it publishes the staged build only after every other hook succeeded.
  integrations: [
    contentCheck(),
    mdx(),
    ogImages(),
    pagefindSearch(),
    serving(),
    atomicOutput({ companions: [deployFolder] }),
    siteUrlNotice(),
  ],
});
