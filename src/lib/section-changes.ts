/**
 * The report's sections, added, removed, renamed and moved from one period to the next: matched by their lineage
 * (src/lib/section-lineage.ts), so a section whose heading changed is renamed, with its old and new heading
 * compared word by word, and a key renamed in `site.sectionRenames` is said to be so; a section now held by
 * another section (its `parent:`, e.g. a part that became part of an attachment), or no longer held, is moved. Their words' changes are
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

/** A section held by another part than before: its parents in each period, undefined at the report's top level. */
export interface SectionMove {
  from: SectionRef;
  to: SectionRef;
  fromParent: SectionRef | undefined;
  toParent: SectionRef | undefined;
}

export interface SectionChanges {
  added: SectionRef[];
  removed: SectionRef[];
  renamed: SectionRename[];
  /** In the newer report's order; a section renamed too is also in `renamed`. */
  moved: SectionMove[];
}

/** For the first period: nothing to compare with. */
const noSectionChanges: SectionChanges = { added: [], removed: [], renamed: [], moved: [] };

const sectionsOf = (report: Report): SectionPage[] => report.pages.filter((p): p is SectionPage => p.kind === 'section');
const parentOf = (report: Report, page: SectionPage): SectionPage | undefined =>
  page.parent === undefined ? undefined : sectionsOf(report).find((p) => p.slug === page.parent);
const ref = ({ title, titleFrom, slug, key, url }: SectionPage): SectionRef => ({ title, titleFrom, slug, key, url });

/** What changed in the sections from `older` (undefined for the first period) to `newer`. */
export function compareSections(older: Report | undefined, newer: Report, lineage: SectionLineage): SectionChanges {
  if (!older) return noSectionChanges;
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
    moved: sectionsOf(newer).flatMap((page) => {
      const before = was(page);
      if (!before) return [];
      const fromParent = parentOf(older, before);
      const toParent = parentOf(newer, page);
      const line = (report: Report, parent: SectionPage | undefined) => parent && lineage.lineageOf(report, parent);
      if (line(older, fromParent) === line(newer, toParent)) return [];
      return [{ from: ref(before), to: ref(page), fromParent: fromParent && ref(fromParent), toParent: toParent && ref(toParent) }];
    }),
  };
}

/** Whether any section was added, removed, renamed or moved. */
export const hasSectionChanges = (c: SectionChanges): boolean => c.added.length + c.removed.length + c.renamed.length + c.moved.length > 0;
