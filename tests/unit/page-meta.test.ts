import { describe, expect, it } from 'vitest';
import { pageMeta, shortDescription } from '../../src/lib/page-meta.ts';
import { ogImageUrl } from '../../src/lib/urls.ts';
import type { Report } from '../../src/lib/report-model.ts';

const report = {
  basePath: '',
  facts: {
    organization: 'Amazon Web Services, Inc.',
    system: 'Amazon Web Services System',
    document: 'SOC 3 report',
    period: { start: new Date('2017-04-01'), end: new Date('2017-09-30') },
    criteria: ['security', 'availability', 'confidentiality'],
    framework: 'AICPA TSP section 100A',
    order: [],
  },
} as unknown as Report;

describe('pageMeta', () => {
  const meta = pageMeta(report, 'https://soc3.example.com/', {
    title: 'AWS Lambda',
    description: 'AWS Lambda lets customers run code without provisioning or managing servers on their own.',
    path: '/services/aws-lambda/',
    label: 'Compute · Service',
    schemaType: 'Article',
  });

  it('appends the site name to the title, once', () => {
    expect(meta.title).toBe('AWS Lambda · Amazon Web Services SOC 3 report');
    const home = pageMeta(report, 'https://soc3.example.com/', {
      title: 'Amazon Web Services SOC 3 report',
      description: 'x',
      path: '/',
      label: 'SOC 3 report',
    });
    expect(home.title).toBe('Amazon Web Services SOC 3 report');
  });

  it('builds absolute canonical and image URLs from the one site setting', () => {
    expect(meta.links?.canonical).toBe('https://soc3.example.com/services/aws-lambda/');
    expect(meta.links?.image).toBe('https://soc3.example.com/og/services/aws-lambda.png');
    expect(meta.image).toMatchObject({ width: 1200, height: 630 });
  });

  it('writes no absolute URL where the site has no public URL', () => {
    const none = pageMeta(report, undefined, {
      title: 'AWS Lambda',
      description: 'x',
      path: '/services/aws-lambda/',
      label: 'Compute · Service',
    });
    expect(none.links).toBeUndefined();
    expect(Object.keys(none.jsonLd)).not.toContain('url');
    expect(JSON.stringify(none.jsonLd)).not.toMatch(/https?:\/\/(?!schema\.org)/);
  });

  it('does not repeat the title in the image’s text when the label is the title', () => {
    const full = pageMeta(report, 'https://soc3.example.com/', {
      title: 'Full report',
      description: 'x',
      path: '/report/',
      label: 'Full report',
    });
    expect(full.image.alt).toBe('Full report. Amazon Web Services, Inc. · 1 April 2017 to 30 September 2017.');
  });

  it('cuts a long description at a word, near 160 characters, with an ellipsis', () => {
    const long = 'word '.repeat(60).trim();
    const cut = pageMeta(report, undefined, { title: 't', description: long, path: '/', label: 'l' }).description;
    expect(cut.length).toBeLessThanOrEqual(160);
    expect(cut).toMatch(/ word…$/);
    expect(shortDescription('Short enough.')).toBe('Short enough.');
  });

  it('describes the preview image and the report it belongs to', () => {
    expect(meta.image.alt).toBe('Compute · Service: AWS Lambda. Amazon Web Services, Inc. · 1 April 2017 to 30 September 2017.');
    expect(meta.card).toEqual({
      title: 'AWS Lambda',
      label: 'Compute · Service',
      site: 'Amazon Web Services SOC 3 report',
      byline: 'Amazon Web Services, Inc. · 1 April 2017 to 30 September 2017',
    });
    expect(meta.jsonLd).toMatchObject({
      '@type': 'Article',
      url: 'https://soc3.example.com/services/aws-lambda/',
      isPartOf: { '@type': 'Report', temporalCoverage: '2017-04-01/2017-09-30', author: { name: 'Amazon Web Services, Inc.' } },
    });
  });
});

describe('ogImageUrl', () => {
  it('maps page paths to PNG paths', () => {
    expect(ogImageUrl('/')).toBe('/og/index.png');
    expect(ogImageUrl('/services/aws-lambda/')).toBe('/og/services/aws-lambda.png');
    expect(ogImageUrl('/404.html')).toBe('/og/404.png');
  });
});
