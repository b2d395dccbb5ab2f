/**
 * What the share and cite actions of a page need, as data attributes of its <body> (src/scripts/share-actions.ts
 * reads them): the link that fits, the other one it offers, and the citation's parts. Where the site has a public
 * URL the links are absolute on it, so a link or citation names the public address whatever host the reader
 * opened (a preview, a mirror, 127.0.0.1); without one they stay root-relative and the reader's origin fills in.
 */
import { citedReport } from './citation.ts';
import { exportedUrl } from './urls.ts';
import type { PageVersions } from './page-versions.ts';
import type { ReportFacts } from '../schemas.ts';

export interface ShareFacts {
  versions: PageVersions;
  facts: Pick<ReportFacts, 'organization' | 'document' | 'period'>;
  /** The page's part of the report, as the report names it, and its kind. */
  part: string;
  kind: string;
  /** The site's public URL (Astro.site), if it has one. */
  site: URL | string | undefined;
}

export function shareData({ versions, facts, part, kind, site }: ShareFacts): Record<string, string> {
  const other = versions.root ? versions.pinned : versions.latest?.samePage ? versions.latest.path : undefined;
  const url = (path: string) => exportedUrl(path, site);
  return {
    'data-share-url': url(versions.share),
    'data-pinned-url': url(versions.pinned),
    ...(other ? { 'data-other-url': url(other), 'data-other-is': versions.root ? 'pinned' : 'latest' } : {}),
    'data-cite-report': citedReport(facts),
    'data-cite-part': part,
    'data-cite-kind': kind,
  };
}
