/**
 * What the share and cite actions of a page need, as data attributes of its <body> (src/scripts/share-actions.ts
 * reads them): the link that fits, the other one it offers, and the citation's parts.
 */
import { citedReport } from './citation.ts';
import type { PageVersions } from './page-versions.ts';
import type { ReportFacts } from '../schemas.ts';

export interface ShareFacts {
  versions: PageVersions;
  facts: Pick<ReportFacts, 'organization' | 'document' | 'period'>;
  /** The page's part of the report, as the report names it, and its kind. */
  part: string;
  kind: string;
}

export function shareData({ versions, facts, part, kind }: ShareFacts): Record<string, string> {
  const other = versions.root ? versions.pinned : versions.latest?.samePage ? versions.latest.path : undefined;
  return {
    'data-share-url': versions.share,
    'data-pinned-url': versions.pinned,
    ...(other ? { 'data-other-url': other, 'data-other-is': versions.root ? 'pinned' : 'latest' } : {}),
    'data-cite-report': citedReport(facts),
    'data-cite-part': part,
    'data-cite-kind': kind,
  };
}
