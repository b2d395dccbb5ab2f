import { describe, expect, it } from 'vitest';
import { shareData } from '../../src/lib/share-data.ts';
import type { PageVersions } from '../../src/lib/page-versions.ts';

const versions: PageVersions = {
  pinned: '/2017-04-01--2017-09-30/services/aws-lambda/',
  root: '/services/aws-lambda/',
  latest: undefined,
  canonical: '/services/aws-lambda/',
  share: '/services/aws-lambda/',
};
const facts = {
  organization: 'Amazon Web Services, Inc.',
  document: 'SOC 3 report',
  period: { start: new Date('2017-04-01'), end: new Date('2017-09-30') },
};
const data = (site: string | undefined) => shareData({ versions, facts, part: 'AWS Lambda', kind: 'Compute · Service', site });

describe('shareData', () => {
  it('gives the links on the public URL where the site has one, whatever host serves the page', () => {
    expect(data('https://soc3.example.com/')).toMatchObject({
      'data-share-url': 'https://soc3.example.com/services/aws-lambda/',
      'data-pinned-url': 'https://soc3.example.com/2017-04-01--2017-09-30/services/aws-lambda/',
      'data-other-url': 'https://soc3.example.com/2017-04-01--2017-09-30/services/aws-lambda/',
      'data-other-is': 'pinned',
    });
  });

  it('leaves them root-relative without one: the reader’s origin completes them', () => {
    expect(data(undefined)).toMatchObject({
      'data-share-url': '/services/aws-lambda/',
      'data-pinned-url': '/2017-04-01--2017-09-30/services/aws-lambda/',
    });
  });
});
