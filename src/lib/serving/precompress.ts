/**
 * Writes the precompressed variants of the built site's text files, `.br` (brotli) and `.gz` (gzip, best),
 * beside each, with Node's zlib, so servers send them without compressing on each request. Pagefind's index and
 * WebAssembly files are gzip already and are left as they are.
 *
 * Brotli at its best quality is most of a build's cost, and most files are the same from one build to the next:
 * with a cache folder, each file's variants are stored under the hash of its content and reused. An entry is
 * written to a temporary name and renamed into place (a reader never sees half of one, builds running side by side
 * may share the folder), and checked when read: it must decompress to the content its name is the hash of.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rename, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, brotliDecompress, constants, gunzip, gzip } from 'node:zlib';
import { compressible } from './policy.ts';

const brotli = promisify(brotliCompress);
const unbrotli = promisify(brotliDecompress);
const gz = promisify(gzip);
const ungz = promisify(gunzip);

/**
 * `SOC3_PRECOMPRESS=off` (set by `npm start`) skips the `.br` and `.gz` files: a local preview does not need
 * them, and without a cache they are the slowest part of a build.
 */
export const precompressSwitch = 'SOC3_PRECOMPRESS';

export interface Precompressed {
  files: number;
  bytes: number;
  br: number;
  gzip: number;
  /** Files whose variants came from the cache. */
  reused: number;
}

interface Variants {
  br: Buffer;
  gz: Buffer;
}

/**
 * Brotli's quality for a file: 10 for pages, 11 (the best) for the rest. Measured over the real site's 161 pages
 * (7.3 MB), quality 10 costs 2.4 times less CPU than 11 (3.2 s against 7.6 s) for 2.6 % more bytes (1.58 against
 * 1.54 MB; 200 to 420 B a content page, well inside one round trip and the page-weight budgets). Pages are what a
 * new period makes the build compress again: its own, the root's and those of the period it supersedes (older
 * periods' pages stay byte-identical). Stylesheets, scripts and data files are few, and cached by content.
 */
export const brotliQuality = (file: string): number => (file.endsWith('.html') ? 10 : constants.BROTLI_MAX_QUALITY);

const compress = async (file: string, body: Buffer): Promise<Variants> => {
  const [br, g] = await Promise.all([
    brotli(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: brotliQuality(file), [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    }),
    gz(body, { level: constants.Z_BEST_COMPRESSION }),
  ]);
  return { br, gz: g };
};

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/**
 * A cache entry's name: the hash of the content and the brotli quality it was compressed at, so that a change of
 * quality never serves an entry made at another.
 */
const entryName = (hash: string, file: string) => `${hash}-q${brotliQuality(file)}`;

/** A cache entry's variants, if both are there and decompress to the content of hash `hash`; else undefined. */
async function cached(cache: string, key: string, hash: string): Promise<Variants | undefined> {
  try {
    const [br, g] = await Promise.all([readFile(join(cache, `${key}.br`)), readFile(join(cache, `${key}.gz`))]);
    const [a, b] = await Promise.all([unbrotli(br), ungz(g)]);
    return sha256(a) === hash && sha256(b) === hash ? { br, gz: g } : undefined;
  } catch {
    // Missing or unreadable: compressed again below, and the entry replaced.
    return undefined;
  }
}

/** Temp file, then rename: the entry appears whole or not at all. */
async function store(cache: string, key: string, variants: Variants): Promise<void> {
  const tag = `${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
  for (const ext of ['br', 'gz'] as const) {
    const temp = join(cache, `${key}.${ext}.${tag}`);
    await writeFile(temp, variants[ext]);
    await rename(temp, join(cache, `${key}.${ext}`));
  }
}

/**
 * Compresses every compressible file under `dir`, reusing what `cache` (a folder) holds. zlib works on libuv's
 * threads, so a few files at a time keep every core busy.
 */
export async function precompress(dir: string, { cache }: { cache?: string } = {}): Promise<Precompressed> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile() && compressible(e.name))
    .map((e) => join(e.parentPath, e.name));
  if (cache) await mkdir(cache, { recursive: true });
  const total = { files: files.length, bytes: 0, br: 0, gzip: 0, reused: 0 };
  const queue = [...files];
  const worker = async () => {
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
      const body = await readFile(file);
      const hash = cache ? sha256(body) : '';
      const key = entryName(hash, file);
      let variants = cache ? await cached(cache, key, hash) : undefined;
      if (variants) total.reused++;
      else {
        variants = await compress(file, body);
        if (cache) await store(cache, key, variants);
      }
      await Promise.all([writeFile(`${file}.br`, variants.br), writeFile(`${file}.gz`, variants.gz)]);
      total.bytes += body.length;
      total.br += variants.br.length;
      total.gzip += variants.gz.length;
    }
  };
  await Promise.all(Array.from({ length: Math.max(4, availableParallelism() * 2) }, worker));
  return total;
}
