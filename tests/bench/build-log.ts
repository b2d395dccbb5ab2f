/** Where a build's time went, read from the lines Astro and the site's plugins log (undefined when a line is missing). */

export interface BuildPhases {
  /** Rendering the pages ("generating static routes … Completed in"). */
  pagesSeconds: number | undefined;
  /** The og-images plugin: rendering the preview images, or copying them from its cache. */
  imagesSeconds: number | undefined;
  imagesRendered: number | undefined;
  imagesReused: number | undefined;
  /** CPU seconds of the preview-image step (every thread of the build's process). */
  imagesCpuSeconds: number | undefined;
  /** Pagefind indexing. */
  searchIndexSeconds: number | undefined;
  /** The serving step's pass over the pages (their policies tightened): CPU seconds, and how many came from its cache. */
  pagePassCpuSeconds: number | undefined;
  pagePassReused: number | undefined;
  /** Writing the precompressed files: how many, and how many of them were reused from the cache. */
  precompressSeconds: number | undefined;
  precompressFiles: number | undefined;
  precompressReused: number | undefined;
  precompressCpuSeconds: number | undefined;
  /** Rendering the sitemap (`/sitemap-0.xml`), which lists every page. */
  sitemapSeconds: number | undefined;
}

const number = (text: string, pattern: RegExp) => {
  const m = pattern.exec(text)?.[1];
  return m === undefined ? undefined : Number(m);
};

/** Astro writes a duration as `850ms`, `2.67s` or, from a minute, `4m 3s`. */
function astroDuration(token: string | undefined): number | undefined {
  const m = token === undefined ? null : /^(?:(\d+)m (\d+)s|([\d.]+)(ms|s))$/.exec(token);
  if (!m) return undefined;
  if (m[1] !== undefined) return Number(m[1]) * 60 + Number(m[2]);
  return Number(m[3]) / (m[4] === 'ms' ? 1000 : 1);
}

export function buildPhases(log: string): BuildPhases {
  const images = /preview images: (\d+) rendered, (\d+) reused from cache, in ([\d.]+) s(?: \(([\d.]+) s CPU\))?/.exec(log);
  const indexMs = number(log, /indexed \d+ pages in (\d+) ms/);
  const pass = /\d+ pages tightened \((\d+) from cache\) in [\d.]+ s \(([\d.]+) s CPU\)/.exec(log);
  const compressed = /(\d+) files precompressed \((\d+) reused from cache\) in ([\d.]+) s(?: \(([\d.]+) s CPU\))?/.exec(log);
  const maybe = (text: string | undefined) => (text === undefined ? undefined : Number(text));
  return {
    pagesSeconds: astroDuration(/generating static routes[\s\S]*?Completed in (\d+m \d+s|[\d.]+m?s)\./.exec(log)?.[1]),
    imagesSeconds: images ? Number(images[3]) : undefined,
    imagesRendered: images ? Number(images[1]) : undefined,
    imagesReused: images ? Number(images[2]) : undefined,
    imagesCpuSeconds: maybe(images?.[4]),
    searchIndexSeconds: indexMs === undefined ? undefined : indexMs / 1000,
    pagePassCpuSeconds: maybe(pass?.[2]),
    pagePassReused: maybe(pass?.[1]),
    precompressSeconds: compressed ? Number(compressed[3]) : undefined,
    precompressFiles: compressed ? Number(compressed[1]) : undefined,
    precompressReused: compressed ? Number(compressed[2]) : undefined,
    precompressCpuSeconds: maybe(compressed?.[4]),
    sitemapSeconds: astroDuration(/\/sitemap-0\.xml\/? \(\+(\d+m \d+s|[\d.]+m?s)\)/.exec(log)?.[1]),
  };
}
