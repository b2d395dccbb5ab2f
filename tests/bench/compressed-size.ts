/**
 * Sizes of a built file (or a text) as the build precompresses it: raw, gzip level 9 and brotli at the build's quality
 * for the file (src/lib/serving/precompress.ts: 10 for pages and what is inline in them, 11 for the rest), never more than raw.
 */
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { brotliQuality } from '../../src/lib/serving/precompress.ts';

export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

export const noBytes = (): Sizes => ({ raw: 0, gzip: 0, brotli: 0 });
export const addSizes = (a: Sizes, b: Sizes): Sizes => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });

const known = new Map<string, Sizes>();

function compress(data: Buffer, quality: number): Sizes {
  const gzip = gzipSync(data, { level: 9 }).length;
  const brotli = brotliCompressSync(data, {
    params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
  }).length;
  return { raw: data.length, gzip: Math.min(gzip, data.length), brotli: Math.min(brotli, data.length) };
}

/** A text inside a page (an inline script), compressed as its page is. */
export const sizesOfText = (text: string): Sizes => (text === '' ? noBytes() : compress(Buffer.from(text), brotliQuality('page.html')));

/**
 * Already-compressed files (PNG, WOFF2, Pagefind's gzipped index) do not shrink: a host sends them as they
 * are, so a compressed size is capped at the raw one.
 */
export function sizesOf(file: string): Sizes {
  let sizes = known.get(file);
  if (!sizes) {
    sizes = compress(readFileSync(file), brotliQuality(file));
    known.set(file, sizes);
  }
  return sizes;
}
