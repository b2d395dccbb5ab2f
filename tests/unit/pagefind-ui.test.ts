/** The search interface's pure parts: the /search/ URL it reads and writes, and the excerpts it shows. */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  readSearchUrl,
  renderResult,
  searchPageUrl,
  markCuts,
  trimTitle,
  type ResultData,
  type SearchInstance,
} from '../../src/components/search/search-ui.ts';

describe('the /search/ URL', () => {
  it('carries the query and the filters, and reads back the same', () => {
    const url = searchPageUrl('encryption keys', { kind: ['Service'], category: ['Security & Identity'] });
    expect(url).toBe('/search/?q=encryption+keys&kind=Service&category=Security+%26+Identity');
    expect(readSearchUrl(url.slice(url.indexOf('?')))).toEqual({
      term: 'encryption keys',
      filters: { kind: ['Service'], category: ['Security & Identity'] },
    });
  });

  it('is the bare page for no query, and keeps the period prefix it is given', () => {
    expect(searchPageUrl('', {})).toBe('/search/');
    expect(searchPageUrl('s3', { kind: [] }, '/2016-10-01--2017-03-31/search/')).toBe('/2016-10-01--2017-03-31/search/?q=s3');
  });

  it('ignores what it does not know, and trims the query', () => {
    expect(readSearchUrl('?q=%20kms%20&sort=x&kind=&other=1')).toEqual({ term: 'kms', filters: {} });
  });
});

describe('excerpts', () => {
  const excerpt = (html: string) => {
    const { document } = parseHTML(`<p>${html}</p>`);
    return document.querySelector('p') as unknown as HTMLElement;
  };

  it('drop a leading repeat of the title, marks included', () => {
    const p = excerpt('AWS Key Management Service <mark>(KMS).</mark> AWS Key Management Service allows customers');
    trimTitle(p, 'AWS Key Management Service (KMS)');
    expect(p.innerHTML).toBe('AWS Key Management Service allows customers');
  });

  it('drop the end of the title when the excerpt starts inside it', () => {
    const p = excerpt('Simple <mark>Storage</mark> Service (S3). Amazon Simple <mark>Storage</mark> Service is a');
    trimTitle(p, 'Amazon Simple Storage Service (S3)');
    expect(p.innerHTML).toBe('Amazon Simple <mark>Storage</mark> Service is a');
  });

  it('become empty when they are only the title', () => {
    const p = excerpt('<mark>Storage.</mark>');
    trimTitle(p, 'Storage');
    expect(p.textContent).toBe('');
  });

  it('show where they cut the text: an ellipsis at the end unless a sentence ends, at the start inside one', () => {
    const cut = excerpt(
      'module (HSM) appliances within the AWS cloud. AWS CloudHSM allows customers to store <mark>encryption</mark> keys',
    );
    markCuts(cut);
    expect(cut.innerHTML).toBe(
      '… module (HSM) appliances within the AWS cloud. AWS CloudHSM allows customers to store <mark>encryption</mark> keys …',
    );
    const whole = excerpt('Amazon Simple <mark>Storage</mark> Service is a storage solution.');
    markCuts(whole);
    expect(whole.innerHTML).toBe('Amazon Simple <mark>Storage</mark> Service is a storage solution.');
    const empty = excerpt('');
    markCuts(empty);
    expect(empty.innerHTML).toBe('');
  });

  it('show a cut inside a sentence at a capital, where the page’s text says what came before', () => {
    const content =
      'Amazon API Gateway. Amazon API Gateway is a fully managed service that makes it easy for developers to publish APIs. Using Amazon API Gateway, customers can create a custom API to code running in AWS Lambda.';
    const inside = excerpt('Amazon API Gateway, customers can create a custom API to code running in AWS <mark>Lambda</mark>.');
    markCuts(inside, content);
    expect(inside.innerHTML).toBe('… Amazon API Gateway, customers can create a custom API to code running in AWS <mark>Lambda</mark>.');
    // After a sentence's end, or at the start of the page's text, nothing was cut.
    const after = excerpt('Amazon API Gateway is a fully managed service that makes it easy for developers');
    markCuts(after, content);
    expect(after.innerHTML).toBe('Amazon API Gateway is a fully managed service that makes it easy for developers …');
    const first = excerpt('Amazon API Gateway. Amazon API Gateway is a fully managed service.');
    markCuts(first, content);
    expect(first.textContent).toBe('Amazon API Gateway. Amazon API Gateway is a fully managed service.');
  });

  it('stay whole when they do not start with the title', () => {
    const html = 'module (HSM) appliances within the AWS cloud. AWS CloudHSM allows customers to store <mark>encryption</mark> keys';
    const p = excerpt(html);
    trimTitle(p, 'AWS CloudHSM');
    expect(p.innerHTML).toBe(html);
  });
});

describe('a result', () => {
  const render = (data: ResultData) => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    (globalThis as { document?: unknown }).document = document;
    try {
      // The Component UI's own choice of sub-results: the page's own entry dropped, at most 3.
      const instance = {
        getDisplaySubResults: (r: ResultData, n: number) => r.sub_results.filter((s) => s.url !== r.url).slice(0, n),
      } as unknown as SearchInstance;
      return renderResult(instance, data);
    } finally {
      delete (globalThis as { document?: unknown }).document;
    }
  };

  it('shows the title as the link, the kind and category, and the excerpt with its marks', () => {
    const li = render({
      url: '/services/aws-key-management-service-kms/?highlight=keys',
      excerpt:
        'AWS Key Management Service (KMS). AWS Key Management Service allows customers to create and control the encryption <mark>keys</mark>',
      meta: { title: 'AWS Key Management Service (KMS)', kind: 'Service', category: 'Security & Identity' },
      sub_results: [
        { title: 'AWS Key Management Service (KMS)', url: '/services/aws-key-management-service-kms/?highlight=keys', excerpt: '' },
      ],
    });
    const link = li.querySelector('a.sr-link')!;
    expect(link.getAttribute('href')).toBe('/services/aws-key-management-service-kms/?highlight=keys');
    expect(link.textContent).toBe('AWS Key Management Service (KMS)');
    expect(li.querySelector('.sr-context')!.textContent).toBe('Service · Security & Identity');
    expect(li.querySelector('.sr-excerpt')!.innerHTML).toBe(
      'AWS Key Management Service allows customers to create and control the encryption <mark>keys</mark> …',
    );
    expect(li.querySelector('.sr-subs')).toBeNull();
  });

  it('links each part of a page found to its anchor, with its own excerpt', () => {
    const li = render({
      url: '/sections/aws-background/?highlight=frankfurt',
      excerpt: 'Europe <mark>(Frankfurt),</mark> Europe (London)',
      meta: { title: 'AWS Background', kind: 'Report section' },
      sub_results: [
        { title: 'AWS Background', url: '/sections/aws-background/?highlight=frankfurt', excerpt: 'Europe <mark>(Frankfurt),</mark>' },
        {
          title: 'Edge locations',
          url: '/sections/aws-background/?highlight=frankfurt#scope-edge-locations',
          excerpt: '<mark>Frankfurt,</mark> Germany',
        },
      ],
    });
    expect(li.querySelector('.sr-context')!.textContent).toBe('Report section');
    const subs = Array.from(li.querySelectorAll('.sr-subs a'), (a) => [a.textContent, a.getAttribute('href')]);
    expect(subs).toEqual([['Edge locations', '/sections/aws-background/?highlight=frankfurt#scope-edge-locations']]);
    expect(li.querySelector('.sr-subs .sr-excerpt mark')!.textContent).toBe('Frankfurt,');
  });
});
