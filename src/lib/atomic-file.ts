import { randomUUID } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { crc32, inflateSync } from 'node:zlib';

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

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Channels per pixel of each PNG colour type. */
const channels: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

/**
 * Whether the bytes are a whole PNG: the signature, every chunk with its checksum, IHDR first and IEND last, and
 * the image data inflating to the size the header gives. All a full decode checks but the unfiltering of rows,
 * with node:zlib: pngjs's full decode took 84 ms an image here, 13 s a build for the real site's cards.
 */
export function isWholePng(bytes: Buffer): boolean {
  if (bytes.length < 8 || !bytes.subarray(0, 8).equals(pngSignature)) return false;
  const types: string[] = [];
  const data: Buffer[] = [];
  let header: Buffer | undefined;
  for (let at = 8; at < bytes.length;) {
    if (at + 12 > bytes.length) return false;
    const length = bytes.readUInt32BE(at);
    const end = at + 12 + length;
    if (end > bytes.length || crc32(bytes.subarray(at + 4, end - 4)) !== bytes.readUInt32BE(end - 4)) return false;
    const type = bytes.toString('latin1', at + 4, at + 8);
    const body = bytes.subarray(at + 8, end - 4);
    types.push(type);
    if (type === 'IHDR') header = body;
    if (type === 'IDAT') data.push(body);
    at = end;
  }
  if (types[0] !== 'IHDR' || types.at(-1) !== 'IEND' || !header || header.length !== 13 || data.length === 0) return false;
  const [width, height, depth, colour, interlaced] = [header.readUInt32BE(0), header.readUInt32BE(4), header[8]!, header[9]!, header[12]!];
  try {
    const pixels = inflateSync(Buffer.concat(data));
    // Each row: a filter byte, then its pixels (Adam7-interlaced images are laid out otherwise; none is written here).
    return interlaced !== 0 || pixels.length === height * (1 + Math.ceil((width * depth * (channels[colour] ?? 0)) / 8));
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
