/**
 * Lines of a YAML text (a YAML file, or an MDX file's frontmatter), for messages: the parsed data keeps no
 * positions, and a problem found once the data is joined with the rest of the report (a rename of a service the
 * previous period did not have) should still point at its line.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';

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

/**
 * The 1-based line of a field of a YAML text, by its path (`['scope', 'services', 'reference', 'url']`), read by
 * the `yaml` parser: the line of the deepest key of the path that is there; undefined without the text, or when
 * not even the first key is there.
 */
export function fieldLine(text: string | undefined, path: readonly (string | number)[]): number | undefined {
  if (text === undefined) return undefined;
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  let node: unknown = doc.contents;
  let line: number | undefined;
  for (const key of path) {
    const pair = isMap(node)
      ? node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key))
      : isSeq(node) && typeof key === 'number'
        ? { key: node.items[key], value: node.items[key] }
        : undefined;
    const at = pair && (pair.key as { range?: [number, number, number] } | undefined)?.range;
    if (!pair || !at) break;
    line = lines.linePos(at[0]).line;
    node = pair.value;
  }
  return line;
}

/** An MDX file's frontmatter: the lines between its opening `---` (its first line) and the closing one. */
const frontmatter = /^---[ \t]*\r?\n([\s\S]*?)^---[ \t]*$/m;

/**
 * The 1-based line in an MDX file (its whole text) of a field of its frontmatter, by its path, as `fieldLine`
 * finds it; undefined when the file has no frontmatter, or not even the first key of the path.
 */
export function frontmatterLine(file: string, path: readonly (string | number)[]): number | undefined {
  const yaml = frontmatter.exec(file)?.[1];
  const line = fieldLine(yaml, path);
  // The frontmatter starts on the file's second line, after the opening `---`.
  return line === undefined ? undefined : line + 1;
}
