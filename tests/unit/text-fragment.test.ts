import { describe, expect, it } from 'vitest';
import { encodeTerm, textFragmentUrl } from '../../src/lib/text-fragment.ts';

describe('textFragmentUrl', () => {
  const page = 'https://soc3.example.com/services/amazon-route-53/';

  it('quotes a short passage whole', () => {
    expect(textFragmentUrl(page, 'managed Domain Name System (DNS) web service')).toBe(
      `${page}#:~:text=managed%20Domain%20Name%20System%20(DNS)%20web%20service`,
    );
  });

  it('links a long passage by its first and last five words', () => {
    const passage =
      'Customers can use Amazon Route 53 to configure DNS health checks to route traffic to healthy endpoints or to independently monitor';
    expect(textFragmentUrl(page, passage)).toBe(
      `${page}#:~:text=Customers%20can%20use%20Amazon%20Route,endpoints%20or%20to%20independently%20monitor`,
    );
  });

  it('collapses whitespace and drops an existing fragment', () => {
    expect(textFragmentUrl(`${page}#top`, '  web\n  service ')).toBe(`${page}#:~:text=web%20service`);
  });

  it('encodes the characters that are syntax in a directive', () => {
    expect(encodeTerm('fully-managed, S3 & Glacier')).toBe('fully%2Dmanaged%2C%20S3%20%26%20Glacier');
  });

  it('gives nothing for an empty selection', () => {
    expect(textFragmentUrl(page, ' \n ')).toBeUndefined();
  });
});
