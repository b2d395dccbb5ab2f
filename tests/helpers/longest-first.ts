/**
 * The order test files start in: vitest's own (layer by layer; within a layer, the files that took longest in the
 * last run first, or, with no timings yet, the largest files first), except that the browser files known to take
 * longest start first in their layer. A fresh clone has no timings, and these are small files that sweep many
 * pages: by size they started last, and the run waited for them alone at its end. A name missing here only runs
 * later; it fails nothing.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const longest = [
  'tests/e2e/accessibility.test.ts',
  'tests/e2e/equal-access.test.ts',
  'tests/e2e/accessibility-settings.test.ts',
  'tests/e2e/reflow.test.ts',
  'tests/e2e/search.test.ts',
];

const rank = (spec: TestSpecification) => {
  const at = longest.findIndex((file) => spec.moduleId.endsWith(`/${file}`));
  return at < 0 ? longest.length : at;
};

export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    // Each layer's files stay together and in vitest's order, but for the ranked ones (a stable sort within a layer).
    const layers = new Map<string, TestSpecification[]>();
    for (const spec of sorted) layers.set(spec.project.name, [...(layers.get(spec.project.name) ?? []), spec]);
    return [...layers.values()].flatMap((layer) =>
      layer
        .map((spec, i) => ({ spec, i }))
        .sort((a, b) => rank(a.spec) - rank(b.spec) || a.i - b.i)
        .map(({ spec }) => spec),
    );
  }
}
