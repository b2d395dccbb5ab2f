/**
 * Parts within parts: a section may hold sections (an attachment holds the system description's sections), each
 * saying which with `parent: <key>` in its frontmatter. The reading order (`order` in report.yaml) lists every
 * part after the part that holds it and before that part's next sibling, so the order, the contents, the full
 * report and previous/next all follow one tree. A category sits under the section listed last before it.
 */
import type { ContentProblem } from './content-problem.ts';

/** What the nesting needs of a page: its key, kind, and the place it is given. */
interface Nestable {
  kind: 'section' | 'category';
  slug: string;
  parent: string | undefined;
  depth: number;
}
/** What a section file declares. */
interface Declared {
  slug: string;
  file: string;
  parent?: string | undefined;
  parentLine?: number | undefined;
}

/**
 * Sets each page's `parent` and `depth` (pages in reading order), or returns what is wrong: a parent that is not a
 * section of the period, a section that holds itself through its parents, a part listed outside its parent.
 */
export function nestPages(pages: Nestable[], sections: readonly Declared[], reportFile: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const bySlug = new Map(pages.map((p) => [p.slug, p]));
  const declared = new Map(sections.filter((s) => s.parent !== undefined).map((s) => [s.slug, s]));
  const at = (s: Declared, message: string) => problems.push({ file: s.file, line: s.parentLine, message });

  for (const s of declared.values()) {
    const parent = bySlug.get(s.parent!);
    if (!parent)
      at(
        s,
        `parent "${s.parent}" is not a section of this period: use the file name (without .mdx) of a section in its sections/ folder, or remove parent`,
      );
    else if (parent.kind !== 'section') at(s, `parent "${s.parent}" is a service category: a section can only be held by a section`);
  }
  const reported = new Set<string>();
  for (const s of declared.values()) {
    const chain = [s.slug];
    for (let up = declared.get(s.slug)?.parent; up !== undefined; up = declared.get(up)?.parent) {
      if (up === s.slug) {
        if (!chain.some((c) => reported.has(c)))
          at(s, `parent makes a cycle (${[...chain, up].join(' → ')}): a section cannot hold itself; remove parent from one of them`);
        chain.forEach((c) => reported.add(c));
        break;
      }
      if (chain.includes(up)) break;
      chain.push(up);
    }
  }
  if (problems.length > 0) return problems;

  // Walk the order with the open sections on a stack: a part's parent must be open when it comes.
  const open: Nestable[] = [];
  for (const page of pages) {
    const wanted = page.kind === 'section' ? declared.get(page.slug)?.parent : open.at(-1)?.slug;
    while (wanted !== undefined && open.length > 0 && open.at(-1)!.slug !== wanted) open.pop();
    if (wanted === undefined) open.length = 0;
    else if (open.length === 0) {
      problems.push({
        file: reportFile,
        message: `order lists "${page.slug}" outside its parent "${wanted}": list it after "${wanted}", among the parts "${wanted}" holds`,
      });
      continue;
    }
    const parent = wanted === undefined ? undefined : bySlug.get(wanted)!;
    page.parent = parent?.slug;
    page.depth = parent ? parent.depth + 1 : 0;
    if (page.kind === 'section') open.push(page);
  }
  return problems;
}
