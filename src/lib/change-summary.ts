/**
 * What changed in a period against the one before, in a few words for the feeds: the services added, removed,
 * renamed and moved; the sections added, removed, renamed and moved; the criteria and the framework; a scope list
 * given by link or listed again. The counts and words are the site's; the criteria are named as report.yaml does.
 * Its "What changed" page (and changes.json) gives each change in full.
 */
import type { PeriodChanges } from './changes.ts';
import { count } from './count.ts';
import { scopeListNames } from './scope-reference.ts';
import type { SectionChanges } from './section-changes.ts';

/** "2 added, 1 renamed": the kinds with a count, or undefined when none has one. */
const counted = (parts: [number, string][]): string | undefined =>
  parts
    .filter(([n]) => n > 0)
    .map(([n, what]) => `${n} ${what}`)
    .join(', ') || undefined;

/** Each change of the period, as a phrase ("services: 2 added, 1 moved to another category"); none for no change. */
export function changePhrases(changes: PeriodChanges, sections: SectionChanges): string[] {
  const { services, moved, criteria, framework, listing } = changes;
  const serviceCounts = counted([
    [services.added.length, 'added'],
    [services.removed.length, 'removed'],
    [services.renamed.length, 'renamed'],
    [moved.length, 'moved to another category'],
  ]);
  const sectionCounts = counted([
    [sections.added.length, 'added'],
    [sections.removed.length, 'removed'],
    [sections.renamed.length, 'renamed'],
    [sections.moved.length, 'moved to another part'],
  ]);
  return [
    ...listing.map(
      ({ list, change }) => `${scopeListNames[list]} ${change === 'by-link' ? 'given by link from this period' : 'listed again'}`,
    ),
    ...(serviceCounts ? [`services: ${serviceCounts}`] : []),
    ...(sectionCounts ? [`sections: ${sectionCounts}`] : []),
    ...(criteria.added.length > 0 ? [`${count(criteria.added.length, 'criterion', 'criteria')} added (${criteria.added.join(', ')})`] : []),
    ...(criteria.removed.length > 0
      ? [`${count(criteria.removed.length, 'criterion', 'criteria')} removed (${criteria.removed.join(', ')})`]
      : []),
    ...(framework ? ['the framework cited in other words'] : []),
  ];
}

/** The phrases as a sentence that names the period compared with; empty when there is none or nothing of these changed. */
export function changeSentence(changes: PeriodChanges, sections: SectionChanges, previous: string | undefined): string {
  const phrases = changePhrases(changes, sections);
  return previous && phrases.length > 0 ? `Against the report for ${previous}: ${phrases.join('; ')}.` : '';
}
