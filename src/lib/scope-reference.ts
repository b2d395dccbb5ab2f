/**
 * Scope given by reference. Since its Oct 2023 – Sep 2024 report, AWS's SOC 3 no longer lists its services: it
 * points to a web page. A period says so in its report.yaml (`scope.services.reference`, and the same for
 * `scope.locations`): the report's words that point to the list, the link, and the day the publisher checked it.
 * Everything that counts or lists a period's services (or locations) asks here first, so such a period says
 * "given by link" and never "0 services", and nothing says its services were removed.
 */
import type { ContentProblem } from './content-problem.ts';
import type { Scope } from './extract-scope.ts';
import { fieldLine } from './yaml-lines.ts';
import type { Block } from './report-blocks.ts';
import { formatDate, isoDate } from './report-facts.ts';
import type { ReportFacts, ScopeReference } from '../schemas.ts';

/** The scope lists a report may give by reference. */
export type ScopeList = 'services' | 'locations';
export const scopeListNames: Record<ScopeList, string> = { services: 'services', locations: 'locations' };

/** The reference a period gives for one of its scope lists; undefined where the report lists it. */
export const referenceOf = (facts: Pick<ReportFacts, 'scope'>, list: ScopeList): ScopeReference | undefined =>
  facts.scope?.[list]?.reference;

/** Whether the period's report lists the services (or locations) in its text. */
export const lists = (facts: Pick<ReportFacts, 'scope'>, list: ScopeList): boolean => referenceOf(facts, list) === undefined;

/** One line of the site's words about a reference, for plain-text places (feeds, descriptions, CSV). */
export const referenceText = (list: ScopeList, ref: ScopeReference): string =>
  `${scopeListNames[list]} given by link: “${ref.words}” ${ref.url} (link recorded by this site on ${formatDate(ref.checked)})`;

/** A reference as exported data. */
export const referenceRecord = (ref: ScopeReference) => ({ words: ref.words, url: ref.url, checked: isoDate(ref.checked) });

/** How a scope list is given in one period against the period before. */
export interface ListingChange {
  list: ScopeList;
  /** `by-link`: listed before, given by link from this period; `listed-again`: the other way. */
  change: 'by-link' | 'listed-again';
  /** This period's reference, for `by-link`; the previous period's, for `listed-again`. */
  reference: ScopeReference;
}

/** What changed in how the scope lists are given, from `older` to `newer`. */
export function listingChanges(older: Pick<ReportFacts, 'scope'>, newer: Pick<ReportFacts, 'scope'>): ListingChange[] {
  return (['services', 'locations'] as const).flatMap((list): ListingChange[] => {
    const was = referenceOf(older, list);
    const now = referenceOf(newer, list);
    if (now && !was) return [{ list, change: 'by-link', reference: now }];
    if (was && !now) return [{ list, change: 'listed-again', reference: was }];
    return [];
  });
}

/** The parts of a period comparison a scope list given by link on either side makes meaningless. */
interface ListedChanges {
  services: { added: unknown[]; removed: unknown[]; renamed: unknown[] };
  categories: { added: string[]; removed: string[] };
  regions: { added: string[]; removed: string[] };
  edgeLocations: { added: string[]; removed: string[] };
  descriptions: unknown[];
  sections: { blocks: { kind: string; id: string }[] }[];
}

/** What of a period the comparison needs: its report.yaml facts and the lists its text gives. */
interface Listed {
  facts: Pick<ReportFacts, 'scope'>;
  scope: Scope;
}

/** The id of the block that is the report's list of services (its entries' ids are `<block>-<n>`). */
const serviceListBlock = (scope: Scope): string | undefined => scope.services[0]?.id?.replace(/-\d+$/, '');

/**
 * A period comparison with what a list given by link cannot say taken out: where either period gives its
 * services by link, no service or category was added, removed or renamed (the list is elsewhere, not empty), and
 * the list of services that one of the two texts holds is not shown as words removed (or added) in its section;
 * the same for Regions and edge locations where either gives its locations by link. `listing` says instead.
 */
export function withListing<C extends ListedChanges>(changes: C, older: Listed, newer: Listed): C & { listing: ListingChange[] } {
  const out = { ...changes, listing: listingChanges(older.facts, newer.facts) };
  const none = { added: [], removed: [] };
  if (!lists(older.facts, 'services') || !lists(newer.facts, 'services')) {
    const list = new Set([serviceListBlock(older.scope), serviceListBlock(newer.scope)]);
    const sections = changes.sections
      .map((s) => ({ ...s, blocks: s.blocks.filter((b) => b.kind === 'changed' || !list.has(b.id)) }))
      .filter((s) => s.blocks.length > 0);
    Object.assign(out, { services: { ...none, renamed: [] }, categories: none, descriptions: [], sections });
  }
  if (!lists(older.facts, 'locations') || !lists(newer.facts, 'locations')) Object.assign(out, { regions: none, edgeLocations: none });
  return out;
}

/** What of a period's files the check needs. */
export interface ScopeGivenInput {
  facts: Pick<ReportFacts, 'scope'>;
  /** The report.yaml file and its text, for the lines of the references. */
  file: string;
  yaml?: string | undefined;
  /** The section that states the scope lists, if one does. */
  scope: { file: string; scope: Scope } | undefined;
  sections: readonly { file: string; blocks: readonly Block[] }[];
  /** Each category file and the first service it describes. */
  described: readonly { file: string; name: string; line: number | undefined }[];
}

const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
/** Whether `words` stand in one of the texts (paragraph or list item), spaces aside. */
const standsIn = (words: string, blocks: readonly Block[]): boolean =>
  blocks.some((b) => flat(b.text).includes(flat(words)) || standsIn(words, b.items ?? []));

/** The section whose text holds a reference's words; undefined where none does. */
export const sectionWith = <S extends { blocks: readonly Block[] }>(sections: readonly S[], words: string): S | undefined =>
  sections.find((s) => standsIn(words, s.blocks));

/** The line of a scope statement's first entry, where a missing list goes. */
const firstLine = (scope: Scope | undefined): number =>
  [...(scope?.services ?? []), ...(scope?.regions ?? []), ...(scope?.edgeLocations ?? [])][0]?.line ?? 1;

/**
 * Checks that each scope list is given one way: listed in the text (`<Scope of="services">`, `<Region>`s and
 * `<Scope of="edge-locations">`) or by reference in report.yaml, never both (and the services never neither); that the
 * reference's words are the report's own (they stand in a section); and that a period giving its services by
 * link describes none.
 */
export function checkScopeGiven(input: ScopeGivenInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const scope = input.scope?.scope;
  const scopeFile = input.scope?.file;
  const yamlAt = (...keys: string[]) => ({ file: input.file, line: fieldLine(input.yaml, ['scope', ...keys]) });
  for (const list of ['services', 'locations'] as const) {
    const ref = referenceOf(input.facts, list);
    const listed = list === 'services' ? (scope?.services ?? []) : [...(scope?.regions ?? []), ...(scope?.edgeLocations ?? [])];
    if (ref) {
      if (listed.length > 0)
        problems.push({
          file: scopeFile ?? input.file,
          line: Math.min(...listed.map((i) => i.line ?? Infinity).filter(Number.isFinite)) || undefined,
          message: `this period gives its ${list} by link (scope.${list}.reference in ${input.file}), but this section still lists ${listed.length}: remove the list (the report no longer has it), or remove scope.${list} from ${input.file} if the report lists them`,
        });
      if (!sectionWith(input.sections, ref.words))
        problems.push({
          ...yamlAt(list, 'reference', 'words'),
          message: `scope.${list}.reference.words must be the report's own sentence that points to the ${list}, as it stands in one of this period's sections; "${ref.words}" is in none: copy it from the section, exactly`,
        });
    } else if (list === 'services' && listed.length === 0) {
      // A report may name no locations at all (not every organisation lists them); it always has services.
      problems.push({
        ...(scopeFile ? { file: scopeFile, line: firstLine(scope) } : yamlAt()),
        message: `no services are listed for this period: add <Scope of="services"> with the report’s list to the section that states the scope, or, if the report gives its services by link, add scope.services.reference (words, url, checked) to ${input.file}`,
      });
    }
  }
  if (referenceOf(input.facts, 'services'))
    for (const d of input.described)
      problems.push({
        file: d.file,
        line: d.line,
        message: `this period gives its services by link (scope.services.reference in ${input.file}), but this file describes "${d.name}": remove the category file and its entry in order, or remove scope.services from ${input.file} if the report lists its services`,
      });
  return problems;
}
