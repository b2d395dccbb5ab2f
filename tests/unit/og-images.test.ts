import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { afterAll, describe, expect, it } from 'vitest';
import { cachedPng, writeFileAtomic } from '../../src/lib/atomic-file.ts';
import { parseColourTokens, readColourTokens } from '../../src/lib/colour-tokens.ts';
import { cardColours, ogCardTree, titleSize } from '../../src/lib/og-card.ts';
import ogImages, { cardPrefixBytes, cardRequest, pageCard, previewImagesSwitch } from '../../src/integrations/og-images.ts';
import { pathToFileURL } from 'node:url';

describe('cardRequest', () => {
  it('reads the card a page asks for, entities decoded', () => {
    const html =
      '<head><meta property="og:image" content="https://x.test/og/categories/security-and-identity.png" data-og-title="Security &amp; Identity" data-og-label="Service category" data-og-site="AWS SOC 3 report" data-og-byline="Amazon Web Services, Inc. · 1 April 2017 to 30 September 2017"></head>';
    expect(cardRequest(html)).toEqual({
      url: 'https://x.test/og/categories/security-and-identity.png',
      card: {
        title: 'Security & Identity',
        label: 'Service category',
        site: 'AWS SOC 3 report',
        byline: 'Amazon Web Services, Inc. · 1 April 2017 to 30 September 2017',
      },
    });
  });

  it('reads a title holding “>” or markup-like text whole', () => {
    const html =
      '<head><meta property="og:image" content="https://x.test/og/a.png" data-og-title="A > B <script> C" data-og-label="Section" data-og-site="Site" data-og-byline="Org"></head>';
    expect(cardRequest(html)?.card.title).toBe('A > B <script> C');
  });

  it('gives nothing for a page without a complete card', () => {
    expect(cardRequest('<meta property="og:image" content="https://x.test/a.png">')).toBeUndefined();
    expect(cardRequest('<p>no head</p>')).toBeUndefined();
  });
});

describe('pageCard', () => {
  const dir = mkdtempSync(join(tmpdir(), 'soc3-og-page-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const meta = (title: string) =>
    `<meta property="og:image" content="https://x.test/og/a.png" data-og-title="${title}" data-og-label="L" data-og-site="S" data-og-byline="B">`;
  const write = (name: string, html: string) => {
    writeFileSync(join(dir, name), html);
    return join(dir, name);
  };

  it('reads the card from the head of a long page', async () => {
    const file = write('long.html', `<html><head>${meta('Head')}</head><body>${'<p>x</p>'.repeat(cardPrefixBytes)}</body></html>`);
    expect((await pageCard(file))?.card.title).toBe('Head');
  });

  it('reads the whole page when the tag lies past its first bytes, or is cut off by them', async () => {
    const pad = `<html><head><style>${' '.repeat(cardPrefixBytes - 40)}</style>`;
    const file = write('late.html', `${pad}${meta('Late “title”')}</head><body></body></html>`);
    expect(pad.length).toBeLessThan(cardPrefixBytes);
    expect((await pageCard(file))?.card.title).toBe('Late “title”');
  });

  it('does not take a tag written inside a script in the first bytes for the card', async () => {
    const file = write('script.html', `<html><head><script>var s = '${meta('Fake')}';</script>${meta('Real')}</head></html>`);
    expect((await pageCard(file))?.card.title).toBe('Real');
  });

  it('gives nothing for a page without a card, short or long', async () => {
    expect(await pageCard(write('bare.html', '<head><title>x</title></head>'))).toBeUndefined();
    expect(
      await pageCard(write('bare-long.html', `<head><title>x</title></head><body>${'y'.repeat(cardPrefixBytes * 2)}</body>`)),
    ).toBeUndefined();
  });
});

describe('ogCardTree', () => {
  it('puts the title, label, site and byline on the card', () => {
    const palette = { bg: '#fff', fg: '#000', muted: '#555', accent: '#00f', border: '#ccc' };
    const text = JSON.stringify(
      ogCardTree({ title: 'AWS Lambda', label: 'Compute · Service', site: 'Site', byline: 'Org · Period' }, palette),
    );
    for (const s of ['AWS Lambda', 'Compute · Service', 'Site', 'Org · Period', '#00f', '#ccc']) expect(text).toContain(s);
  });

  it('steps the title size down for long titles', () => {
    expect(titleSize('Data')).toBeGreaterThan(titleSize('AWS Directory Service for Microsoft Active Directory'));
  });
});

describe('colour tokens', () => {
  it('reads each light-dark() token of a stylesheet', () => {
    expect(
      parseColourTokens(':root {\n  --bg: light-dark(#fbfaf7, #121418);\n  --radius: 6px;\n  --accent-fg: light-dark( #fff ,#0b1526 );\n}'),
    ).toEqual({
      bg: { light: '#fbfaf7', dark: '#121418' },
      'accent-fg': { light: '#fff', dark: '#0b1526' },
    });
  });

  it('finds every colour a preview card uses in the site’s stylesheet', () => {
    const tokens = readColourTokens(cardColours);
    for (const name of cardColours) expect(tokens[name].light, name).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('names the tokens it cannot find', () => {
    expect(() => readColourTokens(['bg', 'no-such-token'])).toThrow(/defines no --no-such-token/);
  });
});

describe('the preview-image cache', () => {
  const dir = mkdtempSync(join(tmpdir(), 'soc3-og-cache-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const image = new Resvg('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="2"><rect width="4" height="2" fill="#0a58a8"/></svg>')
    .render()
    .asPng();
  let renders = 0;
  const render = () => {
    renders++;
    return image;
  };

  it('renders a missing entry once and reuses it after', async () => {
    const file = join(dir, 'fresh.png');
    renders = 0;
    expect(await cachedPng(file, render)).toEqual({ png: image, reused: false });
    expect(await cachedPng(file, render)).toEqual({ png: image, reused: true });
    expect(renders).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(['fresh.png', 'fresh.png.sha256']);
    expect(readFileSync(join(dir, 'fresh.png.sha256'), 'latin1')).toBe(createHash('sha256').update(image).digest('hex'));
  });

  it('rebuilds a truncated, empty or altered entry (a full disk, a crash) instead of publishing it', async () => {
    const other = new Resvg('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="2"><rect width="4" height="2" fill="#fff"/></svg>')
      .render()
      .asPng();
    for (const [name, bytes] of [
      ['truncated.png', image.subarray(0, image.length - 20)],
      ['empty.png', Buffer.alloc(0)],
      ['garbled.png', Buffer.concat([image.subarray(0, 40), Buffer.from('xxxx'), image.subarray(44)])],
      ['swapped.png', other],
    ] as const) {
      const file = join(dir, name);
      // The digest of the entry that was written; the bytes now there are not those.
      writeFileSync(`${file}.sha256`, createHash('sha256').update(image).digest('hex'));
      writeFileSync(file, bytes);
      renders = 0;
      expect(await cachedPng(file, render), name).toEqual({ png: image, reused: false });
      expect(renders, name).toBe(1);
      expect(readFileSync(file).equals(image), name).toBe(true);
    }
  });

  it('rebuilds a whole image without its digest (an entry from before digests, or its digest not yet written)', async () => {
    const file = join(dir, 'undigested.png');
    writeFileSync(file, image);
    renders = 0;
    expect(await cachedPng(file, render)).toEqual({ png: image, reused: false });
    expect(await cachedPng(file, render)).toEqual({ png: image, reused: true });
    expect(renders).toBe(1);
  });

  it('leaves the previous entry, or none, when a write fails halfway', async () => {
    const file = join(dir, 'halfway.png');
    async function* failing() {
      yield image.subarray(0, 10);
      throw new Error('ENOSPC: no space left on device');
    }
    await expect(writeFileAtomic(file, failing())).rejects.toThrow(/ENOSPC/);
    expect(existsSync(file)).toBe(false);
    writeFileSync(file, image);
    await expect(writeFileAtomic(file, failing())).rejects.toThrow(/ENOSPC/);
    expect(readFileSync(file).equals(image)).toBe(true);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('preview images switched off (SOC3_PREVIEW_IMAGES=off, the report-shapes site)', () => {
  const card =
    '<head><meta property="og:image" content="https://x.test/og/index.png" data-og-title="Home" data-og-label="Report" data-og-site="Site" data-og-byline="Org"></head>';
  async function run(pages: Record<string, string>): Promise<{ dir: string; log: string[] }> {
    const dir = mkdtempSync(join(tmpdir(), 'soc3-og-off-'));
    for (const [name, html] of Object.entries(pages)) writeFileSync(join(dir, name), html);
    const log: string[] = [];
    const integration = ogImages({ cacheDir: join(dir, '.cache') });
    const hooks = integration.hooks as Record<string, (options: unknown) => Promise<void> | void>;
    await hooks['astro:config:done']!({ config: { root: pathToFileURL(`${process.cwd()}/`), site: 'https://x.test/' } });
    const previous = process.env[previewImagesSwitch];
    process.env[previewImagesSwitch] = 'off';
    try {
      await hooks['astro:build:done']!({ dir: pathToFileURL(`${dir}/`), logger: { info: (m: string) => log.push(m) } });
    } finally {
      if (previous === undefined) delete process.env[previewImagesSwitch];
      else process.env[previewImagesSwitch] = previous;
    }
    return { dir, log };
  }

  it('renders no image but still reads every page’s card', async () => {
    const { dir, log } = await run({ 'index.html': card });
    expect(existsSync(join(dir, 'og', 'index.png'))).toBe(false);
    expect(log.join('\n')).toMatch(/none rendered \(SOC3_PREVIEW_IMAGES=off\), the cards of 1 images checked/);
    rmSync(dir, { recursive: true, force: true });
  });

  it('still fails the build on a page without a card', async () => {
    await expect(run({ 'index.html': card, 'bare.html': '<head><title>x</title></head>' })).rejects.toThrow(/bare\.html: no og:image card/);
  });
});
