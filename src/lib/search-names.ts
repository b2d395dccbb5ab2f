/**
 * The names search knows a service by besides the report's: the aliases the publisher declares beside the
 * content (`<period>/search-aliases.yaml`) and the later names the renames of later periods record. They are the
 * site's data: indexed as search metadata, never shown as the report's words.
 */
import type { ContentProblem } from './content-problem.ts';
import type { InScope } from './periods.ts';
import type { Report, Service } from './report-model.ts';

/** A period's aliases, by service name. */
export type Aliases = Readonly<Record<string, readonly string[]>>;

/** The 1-based line of `  <name>:` in the aliases file's text; undefined when it is not found. */
function lineOf(text: string, name: string): number | undefined {
  const index = text.split('\n').findIndex((line) => line.trimStart().startsWith(`${name}:`));
  return index < 0 ? undefined : index + 1;
}

/**
 * Problems with a period's aliases: each key must name a service of that period exactly (a typo would otherwise
 * leave the aliases unused, silently).
 */
export function checkAliases(aliases: Aliases, services: readonly { name: string }[], file: string, text: string): ContentProblem[] {
  const names = new Set(services.map((s) => s.name));
  return Object.keys(aliases)
    .filter((name) => !names.has(name))
    .map((name) => ({
      file,
      line: lineOf(text, name),
      message: `"${name}" is not a service of this period: use the service's name exactly as its category file heads it (## ${name}), or remove its aliases`,
    }));
}

/**
 * Every name search should find `service` by, beyond its own: its names in later periods (from `history`, the
 * periods whose scope included it, newest first), then its aliases; each once, case aside, and never its own name.
 */
export function searchNames(report: Report, service: Service, history: readonly InScope[], aliases: Aliases): string[] {
  const later = history.filter((h) => h.report.facts.period.end > report.facts.period.end).map((h) => h.service.name);
  const seen = new Set([service.name.toLowerCase()]);
  return [...later, ...(aliases[service.name] ?? [])].filter((name) => {
    const key = name.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
