import { createHash } from 'node:crypto';
import { mkdir, open, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import type { AstroIntegration } from 'astro';
import satori from 'satori';
import { cachedPng } from '../lib/atomic-file.ts';
import { builtHtmlFiles } from '../lib/built-files.ts';
import { firstElementAttrs } from '../lib/built-html.ts';
import { stopwatch } from '../lib/stopwatch.ts';
import { readColourTokens } from '../lib/colour-tokens.ts';
import { cardColours, ogCardTree, type CardPalette, type OgCard } from '../lib/og-card.ts';
import { ogImageSize } from '../lib/page-meta.ts';

const require = createRequire(import.meta.url);
const fontFiles = [
  { name: 'Inter', weight: 400, file: '@fontsource/inter/files/inter-latin-400-normal.woff' },
  { name: 'Inter', weight: 600, file: '@fontsource/inter/files/inter-latin-600-normal.woff' },
  { name: 'Source Serif', weight: 700, file: '@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff' },
] as const;
/**
 * `SOC3_PREVIEW_IMAGES=off` (set by the tests for the report-shapes site, whose tests read no image: the real and
 * two-period sites' tests check them) still checks that every page asks for a whole card, but renders none.
 */
export const previewImagesSwitch = 'SOC3_PREVIEW_IMAGES';
/** Bump when the card's look changes, so cached images are not reused. */
const designVersion = 'card-1';

/** The card a built page asks for in its `<meta property="og:image" data-og-*>` tag. */
export function cardRequest(html: string): { url: string; card: OgCard } | undefined {
  const attrs = firstElementAttrs(html, 'meta', { property: 'og:image' }) ?? {};
  const { content, 'data-og-title': title, 'data-og-label': label, 'data-og-site': site, 'data-og-byline': byline } = attrs;
  if (!content || !title || !label || !site || !byline) return undefined;
  return { url: content, card: { title, label, site, byline } };
}

/** Bytes read first from a page for its card: its og:image tag sits about 1 KB in, in the head. */
export const cardPrefixBytes = 16 * 1024;

/**
 * The card a built page file asks for, read from its first bytes, or from the whole page when the tag is not among
 * them. Reading every page whole (a 10-period site has 2555) made strings that cost the build's large heap more
 * collection than the reading itself. A prefix is safe to parse: an element the parser makes from it has its whole
 * start tag there, and the text before that tag is read as in the whole page (parsing only looks ahead up to the
 * end of what it has, and a tag cut off at the end is dropped, not made).
 */
export async function pageCard(file: string): Promise<ReturnType<typeof cardRequest>> {
  const handle = await open(file);
  let prefix: Buffer;
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(cardPrefixBytes), 0, cardPrefixBytes, 0);
    prefix = buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  return cardRequest(prefix.toString('utf8')) ?? (prefix.length < cardPrefixBytes ? undefined : cardRequest(await readFile(file, 'utf8')));
}

/**
 * Renders each page's 1200×630 preview image (satori → resvg) after the build, at the path its
 * og:image names. Images are cached by their content, so an unchanged page is not rendered again; the cache is
 * written atomically and each entry checked against the digest kept beside it when read (src/lib/atomic-file.ts).
 */
export default function ogImages({ cacheDir = 'node_modules/.cache/og-images' } = {}): AstroIntegration {
  let root = process.cwd();
  let hasSite = false;
  return {
    name: 'soc3-og-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        hasSite = config.site !== undefined;
      },
      'astro:build:done': async ({ dir, logger }) => {
        // A preview image is named by an absolute URL (og:image): without a public URL, no page asks for one.
        if (!hasSite) return logger.info('preview images: none, the site has no public URL');
        const elapsed = stopwatch();
        const render = process.env[previewImagesSwitch] !== 'off';
        const out = fileURLToPath(dir);
        const fonts = await Promise.all(
          fontFiles.map(async (f) => ({ ...f, style: 'normal' as const, data: await readFile(require.resolve(f.file)) })),
        );
        const tokens = readColourTokens(cardColours, root);
        const palette = Object.fromEntries(cardColours.map((name) => [name, tokens[name].light])) as CardPalette;
        // What every card shares goes into each cache key: the fonts and the colours.
        const shared = createHash('sha256').update(JSON.stringify(palette));
        for (const f of fonts) shared.update(f.data);
        await mkdir(cacheDir, { recursive: true });
        let rendered = 0;
        let reused = 0;
        const cards = new Map<string, string>();
        for (const file of (await builtHtmlFiles(out)).map((f) => join(out, f))) {
          const request = await pageCard(file);
          if (!request)
            throw new Error(
              `${file}: no og:image card (data-og-title, data-og-label, data-og-site, data-og-byline); pages use Base.astro for their head`,
            );
          const target = join(out, decodeURIComponent(new URL(request.url).pathname));
          // Pages may share an image (a pinned copy shows its root page's), never with different cards.
          const card = JSON.stringify(request.card);
          const asked = cards.get(target);
          if (asked !== undefined) {
            if (asked !== card)
              throw new Error(`${file} asks for ${request.url} with another card than a page before it: ${card} ≠ ${asked}`);
            continue;
          }
          cards.set(target, card);
          if (!render) continue;
          const key = createHash('sha256')
            .update(designVersion)
            .update(shared.copy().digest('hex'))
            .update(JSON.stringify(request.card))
            .digest('hex');
          const { png, reused: fromCache } = await cachedPng(join(cacheDir, `${key}.png`), async () => {
            const svg = await satori(ogCardTree(request.card, palette) as Parameters<typeof satori>[0], { ...ogImageSize, fonts });
            return new Resvg(svg, { fitTo: { mode: 'width', value: ogImageSize.width } }).render().asPng();
          });
          await mkdir(dirname(target), { recursive: true });
          await writeFile(target, png);
          if (fromCache) reused++;
          else rendered++;
        }
        const took = elapsed();
        logger.info(
          render
            ? `preview images: ${rendered} rendered, ${reused} reused from cache, in ${took}`
            : `preview images: none rendered (${previewImagesSwitch}=off), the cards of ${cards.size} images checked in ${took}`,
        );
      },
    },
  };
}
