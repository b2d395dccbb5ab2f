/**
 * The report's sections, added, removed and renamed from one period to the next: matched by their lineage
 * (src/lib/section-lineage.ts), so a section whose heading changed is renamed, with its old and new heading
 * compared word by word, and a key renamed in `site.sectionRenames` is said to be so. Their words' changes are
 * src/lib/changes.ts's.
 */
import { diffWords } from 'diff';
import { words, type WordChange } from './changes.ts';
import type { Report, SectionPage } from './report-model.ts';
import type { SectionLineage } from './section-lineage.ts';
import type { PageKey } from './urls.ts';

export interface SectionRef {
  /** Its heading, as its period's report prints it (or the site's, where the report prints none: `titleFrom`). */
  title: string;
  titleFrom: SectionPage['titleFrom'];
  /** Its key (file name), the last part of its address. */
  slug: string;
  /** Its page in its period, and that page's pinned URL. */
  key: PageKey;
  url: string;
}

export interface SectionRename {
  from: SectionRef;
  to: SectionRef;
  /** The heading, word by word; undefined when it is the same. */
  heading: WordChange[] | undefined;
  /** Whether its key (and so its address) changed: the old address redirects. */
  keyRenamed: boolean;
}

export interface SectionChanges {
  added: SectionRef[];
  removed: SectionRef[];
  renamed: SectionRename[];
}

const sectionsOf = (report: Report): SectionPage[] => report.pages.filter((p): p is SectionPage => p.kind === 'section');
const ref = ({ title, titleFrom, slug, key, url }: SectionPage): SectionRef => ({ title, titleFrom, slug, key, url });

/** What changed in the sections from `older` (undefined for the first period) to `newer`. */
export function compareSections(older: Report | undefined, newer: Report, lineage: SectionLineage): SectionChanges {
  if (!older) return { added: [], removed: [], renamed: [] };
  const was = (page: SectionPage) => lineage.inReport(newer, page, older);
  const now = (page: SectionPage) => lineage.inReport(older, page, newer);
  return {
    added: sectionsOf(newer)
      .filter((p) => !was(p))
      .map(ref),
    removed: sectionsOf(older)
      .filter((p) => !now(p))
      .map(ref),
    renamed: sectionsOf(newer).flatMap((page) => {
      const before = was(page);
      if (!before || (before.title === page.title && before.slug === page.slug)) return [];
      return [
        {
          from: ref(before),
          to: ref(page),
          heading: before.title === page.title ? undefined : words(diffWords(before.title, page.title)),
          keyRenamed: before.slug !== page.slug,
        },
      ];
    }),
  };
}

/** Whether any section was added, removed or renamed. */
export const hasSectionChanges = (c: SectionChanges): boolean => c.added.length + c.removed.length + c.renamed.length > 0;
