/**
 * What /changes/ will say about the imported period against the previous one, computed from the two folders'
 * summaries without a build: services added, removed, proposed as renamed (for the publisher to confirm in
 * site.renames; never applied) and moved between categories; categories; sections added, removed and proposed as renamed;
 * Regions, edge locations and criteria added and removed. Names exactly as the reports write them.
 */
import type { PeriodSummary } from './previous-period.ts';

export interface Rename {
  from: string;
  to: string;
}

/** A section whose key (file name, address) is proposed to have changed: the keys and the headings. */
export interface SectionRename extends Rename {
  fromKey: string;
  toKey: string;
}

export interface ChangesSummary {
  services: { added: string[]; removed: string[]; proposedRenames: Rename[]; moved: { name: string; from: string; to: string }[] };
  categories: { added: string[]; removed: string[] };
  /** By key, as /changes/ compares them: added, removed, proposed as renamed (a new key), and headings changed under one key. */
  sections: { added: string[]; removed: string[]; proposedRenames: SectionRename[]; retitled: { key: string; from: string; to: string }[] };
  regions: { added: string[]; removed: string[] };
  edgeLocations: { added: string[]; removed: string[] };
  criteria: { added: string[]; removed: string[] };
  framework: { from: string; to: string } | undefined;
  /** How the services are given, when that changed: by link from this period, or listed again (services not compared). */
  servicesListing: 'by-link' | 'listed-again' | undefined;
}

const words = (name: string) => new Set(name.toLowerCase().match(/[\p{L}\p{N}@/]+/gu) ?? []);
const abbreviation = (name: string) => /\(([A-Z0-9][A-Za-z0-9-]*)\)$/.exec(name)?.[1];

/**
 * How alike two names are, 0 to 1: the same abbreviation in parentheses ("(ECR)") counts as alike, otherwise
 * the share of words the two have in common (Dice's coefficient).
 */
export function nameLikeness(a: string, b: string): number {
  const abbr = abbreviation(a);
  if (abbr && abbr === abbreviation(b)) return 1;
  const wa = words(a);
  const wb = words(b);
  const common = [...wa].filter((w) => wb.has(w)).length;
  return (2 * common) / (wa.size + wb.size || 1);
}

/** Pairs of a removed and an added name alike enough to be one thing renamed, best pairs first, each name once. */
export function proposeRenames(removed: readonly string[], added: readonly string[], threshold = 0.65): Rename[] {
  const pairs = removed
    .flatMap((from) => added.map((to) => ({ from, to, score: nameLikeness(from, to) })))
    .filter((p) => p.score >= threshold)
    .sort((x, y) => y.score - x.score);
  const used = new Set<string>();
  const out: Rename[] = [];
  for (const p of pairs) {
    if (used.has(`from ${p.from}`) || used.has(`to ${p.to}`)) continue;
    used.add(`from ${p.from}`);
    used.add(`to ${p.to}`);
    out.push({ from: p.from, to: p.to });
  }
  return out;
}

const minus = (a: readonly string[], b: readonly string[]) => {
  const set = new Set(b);
  return a.filter((x) => !set.has(x));
};

export function summarizeChanges(older: PeriodSummary, newer: PeriodSummary): ChangesSummary {
  // A period that gives its services by link has none to compare, as /changes/ says (src/lib/scope-reference.ts).
  if (older.servicesByLink || newer.servicesByLink) {
    const listing = older.servicesByLink === newer.servicesByLink ? undefined : newer.servicesByLink ? 'by-link' : 'listed-again';
    const summary = summarizeChanges({ ...older, servicesByLink: false, services: [] }, { ...newer, servicesByLink: false, services: [] });
    return { ...summary, servicesListing: listing };
  }
  const oldNames = older.services.map((s) => s.name);
  const newNames = newer.services.map((s) => s.name);
  const servicesAdded = minus(newNames, oldNames);
  const servicesRemoved = minus(oldNames, newNames);
  const proposed = proposeRenames(servicesRemoved, servicesAdded);
  const categoryOf = (list: PeriodSummary['services'], name: string) => list.find((s) => s.name === name)?.category;
  const moved = newer.services.flatMap(({ name, category }) => {
    const was = categoryOf(older.services, proposed.find((r) => r.to === name)?.from ?? name);
    return was !== undefined && was !== category ? [{ name, from: was, to: category }] : [];
  });
  const oldCategories = [...new Set(older.services.map((s) => s.category))];
  const newCategories = [...new Set(newer.services.map((s) => s.category))];
  const newKeys = new Set(newer.sections.map((s) => s.key));
  const oldKeys = new Set(older.sections.map((s) => s.key));
  const sectionsAdded = newer.sections.filter((s) => !oldKeys.has(s.key));
  const sectionsRemoved = older.sections.filter((s) => !newKeys.has(s.key));
  const titled = (list: PeriodSummary['sections'], title: string) => list.find((s) => s.title === title)!.key;
  const sectionRenames = proposeRenames(
    sectionsRemoved.map((s) => s.title),
    sectionsAdded.map((s) => s.title),
    0.5,
  ).map((r) => ({ ...r, fromKey: titled(sectionsRemoved, r.from), toKey: titled(sectionsAdded, r.to) }));
  const retitled = newer.sections.flatMap((s) => {
    const was = older.sections.find((o) => o.key === s.key);
    return was && was.title !== s.title ? [{ key: s.key, from: was.title, to: s.title }] : [];
  });
  return {
    services: {
      added: servicesAdded.filter((n) => !proposed.some((r) => r.to === n)),
      removed: servicesRemoved.filter((n) => !proposed.some((r) => r.from === n)),
      proposedRenames: proposed,
      moved,
    },
    categories: { added: minus(newCategories, oldCategories), removed: minus(oldCategories, newCategories) },
    sections: {
      added: sectionsAdded.map((s) => s.title).filter((t) => !sectionRenames.some((r) => r.to === t)),
      removed: sectionsRemoved.map((s) => s.title).filter((t) => !sectionRenames.some((r) => r.from === t)),
      proposedRenames: sectionRenames,
      retitled,
    },
    regions: { added: minus(newer.regions, older.regions), removed: minus(older.regions, newer.regions) },
    edgeLocations: { added: minus(newer.edgeLocations, older.edgeLocations), removed: minus(older.edgeLocations, newer.edgeLocations) },
    criteria: { added: minus(newer.criteria, older.criteria), removed: minus(older.criteria, newer.criteria) },
    framework: older.framework === newer.framework ? undefined : { from: older.framework, to: newer.framework },
    servicesListing: undefined,
  };
}

/** The summary as the command prints it: one line per kind of change that happened. */
export function formatChanges(c: ChangesSummary, previous: string): string[] {
  const list = (xs: readonly string[]) => xs.map((x) => `"${x}"`).join(', ');
  const lines: string[] = [];
  const add = (label: string, xs: readonly string[]) => {
    if (xs.length > 0) lines.push(`  ${label} (${xs.length}): ${list(xs)}`);
  };
  if (c.servicesListing === 'by-link') lines.push('  services: given by link from this period, not listed (no service compared)');
  if (c.servicesListing === 'listed-again')
    lines.push('  services: listed again, after a period that gave them by link (no service compared)');
  add('services added', c.services.added);
  add('services removed', c.services.removed);
  for (const r of c.services.proposedRenames)
    lines.push(`  service renamed? "${r.from}" → "${r.to}" (confirm in site.renames, or it counts as removed and added)`);
  for (const m of c.services.moved) lines.push(`  service moved: "${m.name}" from "${m.from}" to "${m.to}"`);
  add('categories added', c.categories.added);
  add('categories removed', c.categories.removed);
  add('sections added', c.sections.added);
  add('sections removed', c.sections.removed);
  for (const r of c.sections.proposedRenames)
    lines.push(
      `  section renamed? "${r.from}" → "${r.to}" (${r.fromKey} → ${r.toKey}: confirm in site.sectionRenames, or it counts as removed and added)`,
    );
  for (const r of c.sections.retitled) lines.push(`  section heading changed (${r.key}): "${r.from}" → "${r.to}"`);
  add('Regions added', c.regions.added);
  add('Regions removed', c.regions.removed);
  add('edge locations added', c.edgeLocations.added);
  add('edge locations removed', c.edgeLocations.removed);
  add('criteria added', c.criteria.added);
  add('criteria removed', c.criteria.removed);
  if (c.framework) lines.push(`  framework: "${c.framework.from}" → "${c.framework.to}"`);
  return lines.length > 0
    ? [`What /changes/ will say against ${previous}:`, ...lines]
    : [`Against ${previous}: no change in scope, sections or criteria.`];
}
