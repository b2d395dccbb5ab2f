/**
 * The facts report.yaml records, read from the report's own words (the management assertion): the
 * organization, the system, the period, the criteria and their source document. A fact the text does not
 * state is returned as a problem, never guessed.
 */
import { criteria as knownCriteria, type Criterion } from '../../schemas.ts';

export interface ImportedFacts {
  organization: string;
  system: string;
  start: string;
  end: string;
  criteria: Criterion[];
  framework: string;
}

const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "April 1, 2017" or "1 April 2017" as YYYY-MM-DD; undefined for anything else. */
export function isoFromWords(text: string): string | undefined {
  const us = /^([A-Z][a-z]+) (\d{1,2}), (\d{4})$/.exec(text);
  const uk = /^(\d{1,2}) ([A-Z][a-z]+) (\d{4})$/.exec(text);
  const [month, day, year] = us ? [us[1]!, us[2]!, us[3]!] : uk ? [uk[2]!, uk[1]!, uk[3]!] : [];
  const m = month ? months.indexOf(month.toLowerCase()) : -1;
  if (m < 0) return undefined;
  return `${year}-${String(m + 1).padStart(2, '0')}-${day!.padStart(2, '0')}`;
}

const date = String.raw`(?:[A-Z][a-z]+ \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+ \d{4})`;

/** Reads the facts out of the report's text (its paragraphs joined); lists what it could not find. */
export function readFacts(text: string): { facts?: ImportedFacts; missing: string[] } {
  const missing: string[] = [];
  const find = (what: string, re: RegExp): string | undefined => {
    const m = re.exec(text)?.[1]?.trim();
    if (!m) missing.push(what);
    return m;
  };
  const organization = find(
    'the organization ("We, as management of, <name> …")',
    /\bas management of,? (.+?)(?: \([A-Z]+\))? (?:are|is) responsible\b/,
  );
  const system = find('the system ("… the <name> System (System)")', /\bthe ([^.()]*?System) \(System\)/);
  const period = new RegExp(String.raw`\bthe period (${date}) (?:to|through) (${date})`).exec(text);
  if (!period) missing.push('the period ("throughout the period <date> to <date>")');
  const criteriaText = find('the criteria ("using the criteria for …")', /\busing the criteria for (.+?) \(/);
  const framework = find('the criteria\'s source ("set forth in …")', /\bset forth in (?:the )?(.+?)\.(?: |$)/);
  const criteria = (criteriaText ?? '')
    .split(/,\s*(?:and\s+)?|\s+and\s+/)
    .map((c) => c.trim().toLowerCase())
    .filter(Boolean);
  const unknown = criteria.filter((c) => !(knownCriteria as readonly string[]).includes(c));
  if (criteriaText && unknown.length > 0) missing.push(`criteria the site does not know: ${unknown.join(', ')}`);
  const start = period ? isoFromWords(period[1]!) : undefined;
  const end = period ? isoFromWords(period[2]!) : undefined;
  if (period && (!start || !end)) missing.push(`the period's dates ("${period[1]}", "${period[2]}")`);
  if (missing.length > 0 || !organization || !system || !start || !end || !framework) return { missing };
  return { facts: { organization, system, start, end, criteria: criteria as Criterion[], framework }, missing };
}
