import { createHash, randomUUID } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';

/**
 * Writes a file whole or not at all: into a temporary file beside it, then renamed over it (a rename within a
 * folder is atomic). A write that fails halfway (a full disk) leaves the previous file, or none, never a
 * part of one; readers, and builds running side by side, see the old file or the new one.
 */
export async function writeFileAtomic(file: string, data: Parameters<typeof writeFile>[1]): Promise<void> {
  const temporary = `${file}.${process.pid}-${randomUUID()}.tmp`;
  try {
    await writeFile(temporary, data);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** The digest kept beside a cache entry: the entry's bytes are those written with it, whole. */
const digestOf = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/**
 * A PNG from the cache file, or rendered and cached when the file is missing or damaged (truncated by a
 * full disk, emptied by a crash). Each entry has its SHA-256 in a file beside it (`<entry>.sha256`, written
 * atomically after the entry): an entry is used only when its bytes hash to that digest, else it is rebuilt,
 * never used. Hashing 40 KB is cheap; the whole-PNG check it replaces inflated every image to its 3 MB of pixels,
 * whose garbage cost a 10-period build 44 s of collection in its large heap. Builds running side by side may
 * interleave their writes: an entry and a digest from different writes do not match, and the entry is rebuilt.
 */
export async function cachedPng(file: string, render: () => Promise<Buffer> | Buffer): Promise<{ png: Buffer; reused: boolean }> {
  const digestFile = `${file}.sha256`;
  const [cached, digest] = await Promise.all([
    readFile(file).catch(() => undefined),
    readFile(digestFile, 'latin1').catch(() => undefined),
  ]);
  if (cached && digest === digestOf(cached)) return { png: cached, reused: true };
  const png = await render();
  await writeFileAtomic(file, png);
  await writeFileAtomic(digestFile, digestOf(png));
  return { png, reused: false };
}
