import { describe, expect, it } from 'vitest';
import { ogCardTree, titleSize } from '../../src/lib/og-card.ts';
import { cardRequest } from '../../src/plugins/og-images.ts';

describe('cardRequest', () => {
  it('reads the card a page asks for, entities decoded', () => {
    const html = '<head><meta property="og:image" content="https://x.test/og/categories/security-and-identity.png" data-og-title="Security &amp; Identity" data-og-label="Service category" data-og-site="AWS SOC 3 report" data-og-byline="Amazon Web Services, Inc. · 1 April 2017 to 30 September 2017"></head>';
    expect(cardRequest(html)).toEqual({
      url: 'https://x.test/og/categories/security-and-identity.png',
      card: { title: 'Security & Identity', label: 'Service category', site: 'AWS SOC 3 report', byline: 'Amazon Web Services, Inc. · 1 April 2017 to 30 September 2017' },
    });
  });

  it('gives nothing for a page without a complete card', () => {
    expect(cardRequest('<meta property="og:image" content="https://x.test/a.png">')).toBeUndefined();
    expect(cardRequest('<p>no head</p>')).toBeUndefined();
  });
});

describe('ogCardTree', () => {
  it('puts the title, label, site and byline on the card', () => {
    const text = JSON.stringify(ogCardTree({ title: 'AWS Lambda', label: 'Compute · Service', site: 'Site', byline: 'Org · Period' }));
    for (const s of ['AWS Lambda', 'Compute · Service', 'Site', 'Org · Period']) expect(text).toContain(s);
  });

  it('steps the title size down for long titles', () => {
    expect(titleSize('Data')).toBeGreaterThan(titleSize('AWS Directory Service for Microsoft Active Directory'));
  });
});
