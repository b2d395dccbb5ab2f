import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { brotliQuality, precompress } from '../../src/lib/serving/precompress.ts';
import { precompressInThread } from '../../src/lib/serving/in-thread.ts';

const folders: string[] = [];
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'soc3-precompress-'));
  folders.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A small built site: two pages and a stylesheet (compressible), an image (not). */
function site(): string {
  const dir = folder();
  writeFileSync(join(dir, 'index.html'), '<!doctype html><p>Amazon Simple Storage Service (S3)</p>'.repeat(50));
  writeFileSync(join(dir, 'other.html'), '<!doctype html><p>AWS Key Management Service (KMS)</p>'.repeat(50));
  writeFileSync(join(dir, 'site.css'), 'body { color: black; }\n'.repeat(40));
  writeFileSync(join(dir, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  return dir;
}

const decoded = (dir: string, name: string) => ({
  br: brotliDecompressSync(readFileSync(join(dir, `${name}.br`))).toString(),
  gz: gunzipSync(readFileSync(join(dir, `${name}.gz`))).toString(),
  plain: readFileSync(join(dir, name), 'utf8'),
});

describe('precompressed files', () => {
  it('writes .br and .gz beside each text file, each decoding to the file, and leaves other files alone', async () => {
    const dir = site();
    const result = await precompress(dir);
    expect(result).toMatchObject({ files: 3, reused: 0 });
    for (const name of ['index.html', 'other.html', 'site.css']) {
      const { br, gz, plain } = decoded(dir, name);
      expect(br).toBe(plain);
      expect(gz).toBe(plain);
    }
    expect(readdirSync(dir).filter((f) => f.startsWith('image.png'))).toEqual(['image.png']);
  });

  it('reuses the cache for unchanged content and compresses only what changed', async () => {
    const cache = folder();
    expect((await precompress(site(), { cache })).reused).toBe(0);
    const second = site();
    writeFileSync(join(second, 'other.html'), '<!doctype html><p>Amazon CloudFront</p>'.repeat(50));
    expect(await precompress(second, { cache })).toMatchObject({ files: 3, reused: 2 });
    expect(decoded(second, 'other.html').br).toContain('Amazon CloudFront');
    // Whole entries only: no temporary file is left behind.
    expect(readdirSync(cache).filter((f) => !/^[0-9a-f]{64}-q1[01]\.(br|gz)$/.test(f))).toEqual([]);
    expect(readdirSync(cache)).toHaveLength(8);
  });

  it('compresses pages at brotli quality 10 and every other file at 11, and never reuses an entry made at another quality', async () => {
    expect([brotliQuality('a/index.html'), brotliQuality('site.css'), brotliQuality('services.json')]).toEqual([10, 11, 11]);
    const cache = folder();
    const dir = site();
    await precompress(dir, { cache });
    const at = (quality: number, name: string) =>
      brotliCompressSync(readFileSync(join(dir, name)), {
        params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: readFileSync(join(dir, name)).length },
      });
    expect(readFileSync(join(dir, 'index.html.br')).equals(at(10, 'index.html'))).toBe(true);
    expect(readFileSync(join(dir, 'site.css.br')).equals(at(11, 'site.css'))).toBe(true);
    // The same bytes as a page and as a stylesheet: two entries, each at its own quality.
    const again = folder();
    writeFileSync(join(again, 'page.html'), readFileSync(join(dir, 'site.css')));
    expect(await precompress(again, { cache })).toMatchObject({ files: 1, reused: 0 });
    expect(readFileSync(join(again, 'page.html.br')).equals(at(10, 'site.css'))).toBe(true);
  });

  it('checks an entry when it reads it: a damaged one is compressed again and replaced', async () => {
    const cache = folder();
    await precompress(site(), { cache });
    for (const entry of readdirSync(cache)) writeFileSync(join(cache, entry), 'not what the name promises');
    const dir = site();
    expect((await precompress(dir, { cache })).reused).toBe(0);
    const { br, gz, plain } = decoded(dir, 'index.html');
    expect([br, gz]).toEqual([plain, plain]);
    expect((await precompress(site(), { cache })).reused).toBe(3);
  });
});

describe('precompression in a thread of its own (the build’s)', () => {
  it('writes the same files as in the calling thread, reuses the same cache, and returns its totals', async () => {
    const [here, there, cache] = [site(), site(), folder()];
    const expected = await precompress(here);
    await expect(precompressInThread({ dir: there, cache })).resolves.toEqual({ ...expected, reused: 0 });
    for (const name of ['index.html', 'other.html', 'site.css'])
      for (const ext of ['br', 'gz'])
        expect(readFileSync(join(there, `${name}.${ext}`))).toEqual(readFileSync(join(here, `${name}.${ext}`)));
    await expect(precompressInThread({ dir: there, cache })).resolves.toMatchObject({ files: 3, reused: 3 });
  });

  it('a failure in the thread fails the call, with its message', async () => {
    await expect(precompressInThread({ dir: join(folder(), 'missing'), cache: undefined })).rejects.toThrow(/missing/);
  });
});
