import { randomUUID } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { PNG } from 'pngjs';

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

/** Whether the bytes are a PNG that decodes: signature, every chunk and its checksum, the image data. */
export function isWholePng(bytes: Buffer): boolean {
  try {
    PNG.sync.read(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * A PNG from the cache file, or rendered and cached when the file is missing or damaged (truncated by a
 * full disk, emptied by a crash): a damaged entry is rebuilt, never used.
 */
export async function cachedPng(file: string, render: () => Promise<Buffer> | Buffer): Promise<{ png: Buffer; reused: boolean }> {
  const cached = await readFile(file).catch(() => undefined);
  if (cached && isWholePng(cached)) return { png: cached, reused: true };
  const png = await render();
  await writeFileAtomic(file, png);
  return { png, reused: false };
}
