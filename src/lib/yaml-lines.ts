/**
 * Lines of a YAML file's text, for messages: the parsed data keeps no positions, and a problem found once the
 * data is joined with the rest of the report (a rename of a service the previous period did not have) should
 * still point at its line.
 */

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The 1-based line of `key: value` (block or flow style, the value plain or quoted), or undefined: the first
 * such line, since a report.yaml names each rename once.
 */
export function valueLine(text: string, key: string, value: string): number | undefined {
  const pattern = new RegExp(`(^|[\\s{,-])${escape(key)}:\\s*(["']?)${escape(value)}\\2\\s*(,|}|#|$)`);
  const index = text.split('\n').findIndex((line) => pattern.test(line));
  return index < 0 ? undefined : index + 1;
}
