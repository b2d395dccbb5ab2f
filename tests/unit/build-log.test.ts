import { describe, expect, it } from 'vitest';
import { buildPhases } from '../bench/build-log.ts';

describe('the bench reads where a build spent its time from its log', () => {
  it('reads the preview images, the pass over the pages and the precompression, with their CPU seconds when logged', () => {
    const log = [
      '12:00:01 [soc3-og-images] preview images: 3 rendered, 80 reused from cache, in 2.50 s (3.10 s CPU)',
      '12:00:09 [soc3-serving] 161 pages tightened (158 from cache) in 0.41 s (0.52 s CPU), 0 redirects; 193 files precompressed (150 reused from cache) in 4.00 s (6.25 s CPU) (8022 KB → br 1644 KB, gzip 1920 KB); deploy/nginx.conf, Caddyfile',
    ].join('\n');
    expect(buildPhases(log)).toMatchObject({
      imagesRendered: 3,
      imagesReused: 80,
      imagesSeconds: 2.5,
      imagesCpuSeconds: 3.1,
      pagePassCpuSeconds: 0.52,
      pagePassReused: 158,
      precompressFiles: 193,
      precompressReused: 150,
      precompressSeconds: 4,
      precompressCpuSeconds: 6.25,
    });
  });

  it('leaves the CPU seconds unknown in a log from before they were logged', () => {
    const phases = buildPhases('[soc3-og-images] preview images: 1 rendered, 0 reused from cache, in 0.50 s');
    expect(phases).toMatchObject({ imagesRendered: 1, imagesSeconds: 0.5, imagesCpuSeconds: undefined, precompressSeconds: undefined });
  });
});
