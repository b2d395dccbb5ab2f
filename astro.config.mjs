// Wiring only: each build concern lives in its own file under src/plugins/.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkHeadingIds from './src/plugins/remark-heading-ids.ts';
import remarkExternalLinks from './src/plugins/remark-external-links.ts';
import remarkScope from './src/plugins/remark-scope.ts';
import remarkServices from './src/plugins/remark-services.ts';
import { siteUrl } from './src/plugins/site-url.ts';
import { pagefindSearch } from './src/plugins/pagefind.ts';
import ogImages from './src/plugins/og-images.ts';
import { contentSecurityPolicy } from './src/plugins/csp.ts';
import securityHeaders from './src/plugins/security-headers.ts';
import atomicOutput from './src/plugins/atomic-output.ts';
import contentCheck from './src/plugins/content-check.ts';

export default defineConfig({
  site: siteUrl(),
  trailingSlash: 'always',
  // 'jsx' (Astro 7's default) strips whitespace between inline elements; the glued-words test guards it.
  compressHTML: 'jsx',
  markdown: {
    // The report has no code; Shiki's inline styles would need 'unsafe-inline' under the CSP.
    syntaxHighlight: false,
    // smartypants would rewrite the report's straight quotes as curly ones: the words stay as published.
    processor: unified({
      smartypants: false,
      remarkPlugins: [
        remarkHeadingIds,
        remarkExternalLinks,
        remarkScope,
        [remarkServices, { isCategoryFile: (path) => /[/\\]categories[/\\][^/\\]+\.mdx$/.test(path) }],
      ],
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
  integrations: [contentCheck(), mdx(), sitemap(), ogImages(), pagefindSearch(), securityHeaders(), atomicOutput()],
});
