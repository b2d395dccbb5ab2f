/**
 * Writes the precompressed variants of the built site's text files, `.br` (brotli, best) and `.gz` (gzip, best),
 * beside each, with Node's zlib, so servers send them without compressing on each request. Pagefind's index and
 * WebAssembly files are gzip already and are left as they are.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { compressible } from './policy.ts';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

export interface Precompressed {
  files: number;
  bytes: number;
  br: number;
  gzip: number;
}

/** Compresses every compressible file under `dir` (a few at a time: zlib works on its own threads). */
export async function precompress(dir: string): Promise<Precompressed> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile() && compressible(e.name))
    .map((e) => join(e.parentPath, e.name));
  const total = { files: files.length, bytes: 0, br: 0, gzip: 0 };
  const queue = [...files];
  const worker = async () => {
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
      const body = await readFile(file);
      const [b, g] = await Promise.all([
        brotli(body, {
          params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
        }),
        gz(body, { level: constants.Z_BEST_COMPRESSION }),
      ]);
      await Promise.all([writeFile(`${file}.br`, b), writeFile(`${file}.gz`, g)]);
      total.bytes += body.length;
      total.br += b.length;
      total.gzip += g.length;
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return total;
}
