/**
 * The sections added, removed, renamed and moved in a period, as `changes.json` gives them (`sectionList`): headings
 * are the reports', keys are the sections' addresses' last part, URLs absolute where the site has a public URL.
 */
import type { SectionChanges, SectionRef } from './section-changes.ts';
import { exportedUrl } from './urls.ts';

export function sectionListRecord(changes: SectionChanges | undefined, site: URL | string | undefined) {
  const abs = ({ title, slug, url }: SectionRef) => ({ title, key: slug, url: exportedUrl(url, site) });
  return {
    added: (changes?.added ?? []).map(abs),
    removed: (changes?.removed ?? []).map(abs),
    renamed: (changes?.renamed ?? []).map(({ from, to, heading, keyRenamed }) => ({
      from: abs(from),
      to: abs(to),
      /** The heading word by word; null when only the key changed. */
      heading: heading ?? null,
      keyRenamed,
    })),
    /** Held by another part than before: each parent null at the report's top level. */
    moved: (changes?.moved ?? []).map(({ from, to, fromParent, toParent }) => ({
      from: abs(from),
      to: abs(to),
      fromParent: fromParent ? abs(fromParent) : null,
      toParent: toParent ? abs(toParent) : null,
    })),
  };
}
