/**
 * What changed from one report period to the next: the scope (services by category, categories, Regions, edge
 * locations) and, word by word, every service description and section whose text differs. Services are matched
 * across periods by their lineage (src/lib/periods.ts), so a declared rename is a rename, not a removal and an
 * addition. Text comparison uses the `diff` library: blocks (paragraphs, lists) aligned first, then words.
 */
import { diffArrays, diffWords } from 'diff';
import type { Block } from './report-blocks.ts';
import { compareWholeReports, hasReportChanges, noReportChanges, type ReportChanges } from './report-changes.ts';
import type { Report, SectionPage, Service } from './report-model.ts';
import type { ListingChange } from './scope-reference.ts';
import type { PageKey } from './urls.ts';

/** A run of words: unchanged, added in the newer period, or removed from the older one. */
export interface WordChange {
  value: string;
  added?: true;
  removed?: true;
}

/** One changed block of a text: its words compared, a block added whole, or a block removed whole. */
export interface BlockChange {
  kind: 'changed' | 'added' | 'removed';
  /** The block's id in the period it is shown from: the newer one, or the older one for a removed block. */
  id: string;
  words: WordChange[];
}

export interface ServiceRef {
  name: string;
  slug: string;
  category: string;
  /** The service's page in its period. */
  key: PageKey;
  /** That page's pinned URL. */
  url: string;
}

export interface TextChange {
  title: string;
  /** The page in the newer period (a section or service). */
  key: PageKey;
  /** That page's pinned URL. */
  url: string;
  /** The page in the older period, pinned. */
  olderUrl: string;
  blocks: BlockChange[];
}

/** With what changed in the report as a whole (criteria, framework, services moved, the period): report-changes.ts. */
export interface PeriodChanges extends ReportChanges {
  /** The newer period. */
  period: string;
  /** The period before it by date, which it is compared with; undefined for the earliest. */
  previous: string | undefined;
  services: { added: ServiceRef[]; removed: ServiceRef[]; renamed: { from: ServiceRef; to: ServiceRef }[] };
  categories: { added: string[]; removed: string[] };
  regions: { added: string[]; removed: string[] };
  edgeLocations: { added: string[]; removed: string[] };
  descriptions: TextChange[];
  sections: TextChange[];
  /** Scope lists given by link from this period, or listed again (src/lib/scope-reference.ts). */
  listing: ListingChange[];
}

/** Whether anything at all changed. */
export const hasChanges = (c: PeriodChanges): boolean =>
  ([c.services.added, c.services.removed, c.services.renamed, c.categories.added, c.categories.removed] as unknown[][])
    .concat([c.regions.added, c.regions.removed, c.edgeLocations.added, c.edgeLocations.removed, c.descriptions, c.sections, c.listing])
    .some((list) => list.length > 0) || hasReportChanges(c);

/** What the earliest period changes: nothing to compare it with (also when it was published after a newer one). */
export const firstPeriod = (period: string): PeriodChanges => ({
  period,
  previous: undefined,
  services: { added: [], removed: [], renamed: [] },
  categories: { added: [], removed: [] },
  regions: { added: [], removed: [] },
  edgeLocations: { added: [], removed: [] },
  descriptions: [],
  sections: [],
  ...noReportChanges,
  listing: [],
});

/**
 * Whether a removed block and the added one in its place are one block changed (more than half the words of the
 * shorter kept), or a block that went and another that came (an entry of a list replaced by another).
 */
const alike = (parts: readonly { value: string; added: boolean; removed: boolean }[]): boolean => {
  const count = (keep: (p: (typeof parts)[number]) => boolean) =>
    parts.filter(keep).reduce((n, p) => n + (p.value.match(/[\p{L}\p{N}]+/gu)?.length ?? 0), 0);
  return (
    count((p) => !p.added && !p.removed) >
    Math.min(
      count((p) => !p.added),
      count((p) => !p.removed),
    ) /
      2
  );
};

/** A diff's parts as runs of words. */
export const words = (parts: { value: string; added: boolean; removed: boolean }[]): WordChange[] =>
  parts.map(({ value, added, removed }) => ({
    value,
    ...(added ? { added: true as const } : {}),
    ...(removed ? { removed: true as const } : {}),
  }));

/**
 * The changed blocks of a text, blocks aligned by their text first: an unchanged block is left out, a removed
 * block followed by an added one is one changed block, compared word by word (a list, item by item).
 */
export function compareBlocks(older: readonly Block[], newer: readonly Block[]): BlockChange[] {
  const out: BlockChange[] = [];
  let oldAt = 0;
  let newAt = 0;
  let pendingRemoved: Block[] = [];
  const flushRemoved = () => {
    for (const b of pendingRemoved) out.push({ kind: 'removed', id: b.id, words: [{ value: b.text, removed: true }] });
    pendingRemoved = [];
  };
  for (const part of diffArrays(
    older.map((b) => b.text),
    newer.map((b) => b.text),
  )) {
    const count = part.count ?? part.value.length;
    if (part.removed) {
      pendingRemoved.push(...older.slice(oldAt, oldAt + count));
      oldAt += count;
    } else if (part.added) {
      for (const b of newer.slice(newAt, newAt + count)) {
        const was = pendingRemoved[0];
        const parts = was && diffWords(was.text, b.text);
        if (was?.items && b.items) {
          // A list that changed is compared item by item: its changed items are the changes.
          pendingRemoved.shift();
          out.push(...compareBlocks(was.items, b.items));
        } else if (was && parts && alike(parts)) {
          pendingRemoved.shift();
          out.push({ kind: 'changed', id: b.id, words: words(parts) });
        } else {
          flushRemoved();
          out.push({ kind: 'added', id: b.id, words: [{ value: b.text, added: true }] });
        }
      }
      newAt += count;
      flushRemoved();
    } else {
      flushRemoved();
      oldAt += count;
      newAt += count;
    }
  }
  flushRemoved();
  return out;
}

const serviceBlocks = (s: Service): Block[] => s.paragraphs.map((text, i) => ({ id: `${s.slug}-p${i + 1}`, text }));
export const ref = (s: Service): ServiceRef => ({ name: s.name, slug: s.slug, category: s.category.title, key: s.key, url: s.url });

/** Names in `a` and not in `b`, in `a`'s order. */
const missingFrom = (a: readonly { name: string }[], b: readonly { name: string }[]) => {
  const names = new Set(b.map((x) => x.name));
  return a.filter((x) => !names.has(x.name)).map((x) => x.name);
};

/**
 * What changed from `older` to `newer` (both at their pinned URLs). `lineageOf` names a service's lineage, the
 * same for a service and its renamed successor. How the scope lists are given is src/lib/scope-reference.ts's.
 */
export function compareReports(
  older: Report,
  newer: Report,
  lineageOf: (report: Report, service: Service) => string,
  /** A section's page in the older period (by key, or through a key renamed: src/lib/section-lineage.ts). */
  sectionBefore: (page: SectionPage) => SectionPage | undefined = (page) =>
    older.pages.find((p): p is SectionPage => p.kind === 'section' && p.slug === page.slug),
): Omit<PeriodChanges, 'listing'> {
  const before = new Map(older.services.map((s) => [lineageOf(older, s), s]));
  const after = new Map(newer.services.map((s) => [lineageOf(newer, s), s]));
  const kept = [...after].flatMap(([key, s]) => (before.has(key) ? [{ was: before.get(key)!, now: s }] : []));
  return {
    ...compareWholeReports(older, newer, kept),
    period: newer.periodId,
    previous: older.periodId,
    services: {
      added: [...after].filter(([key]) => !before.has(key)).map(([, s]) => ref(s)),
      removed: [...before].filter(([key]) => !after.has(key)).map(([, s]) => ref(s)),
      renamed: kept.filter(({ was, now }) => was.name !== now.name).map(({ was, now }) => ({ from: ref(was), to: ref(now) })),
    },
    categories: {
      added: missingFrom(
        newer.categories.map((c) => ({ name: c.title })),
        older.categories.map((c) => ({ name: c.title })),
      ),
      removed: missingFrom(
        older.categories.map((c) => ({ name: c.title })),
        newer.categories.map((c) => ({ name: c.title })),
      ),
    },
    regions: {
      added: missingFrom(newer.scope.regions, older.scope.regions),
      removed: missingFrom(older.scope.regions, newer.scope.regions),
    },
    edgeLocations: {
      added: missingFrom(newer.scope.edgeLocations, older.scope.edgeLocations),
      removed: missingFrom(older.scope.edgeLocations, newer.scope.edgeLocations),
    },
    descriptions: kept.flatMap(({ was, now }) => {
      const blocks = compareBlocks(serviceBlocks(was), serviceBlocks(now));
      return blocks.length > 0 ? [{ title: now.name, key: now.key, url: now.url, olderUrl: was.url, blocks }] : [];
    }),
    sections: newer.pages.flatMap((page) => {
      const was = page.kind === 'section' ? sectionBefore(page) : undefined;
      if (page.kind !== 'section' || !was) return [];
      const blocks = compareBlocks(was.blocks, page.blocks);
      return blocks.length > 0 ? [{ title: page.title, key: page.key, url: page.url, olderUrl: was.url, blocks }] : [];
    }),
  };
}
