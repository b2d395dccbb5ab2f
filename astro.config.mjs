// Wiring only: each build concern lives in its own file under src/plugins/.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkHeadingIds from './src/plugins/remark-heading-ids.ts';
import remarkScope from './src/plugins/remark-scope.ts';
import remarkServices from './src/plugins/remark-services.ts';
import { siteUrl } from './src/plugins/site-url.ts';

export default defineConfig({
  site: siteUrl(),
  trailingSlash: 'always',
  // 'jsx' (Astro 7's default) strips whitespace between inline elements; the glued-words test guards it.
  compressHTML: 'jsx',
  markdown: {
    // smartypants would rewrite the report's straight quotes as curly ones: the words stay as published.
    processor: unified({
      smartypants: false,
      remarkPlugins: [
        remarkHeadingIds,
        remarkScope,
        [remarkServices, { isCategoryFile: (path) => /[/\\]categories[/\\][^/\\]+\.mdx$/.test(path) }],
      ],
    }),
  },
  integrations: [mdx()],
});
