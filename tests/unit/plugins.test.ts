/**
 * The remark plugins, run as Astro runs them on the report's MDX: remark-parse + remark-mdx, the file's
 * frontmatter blanked out (so lines keep their numbers) and handed to the plugins as `file.data.astro.frontmatter`.
 *
 * Fixture cases: tests/fixtures/remark/<plugin>/<case>/input.mdx, with either output.json (the frontmatter the
 * plugin leaves, and for remark-heading-ids each heading's id) or error.txt (the error, as `path:line:column: message`
 * with the path relative to the project). An optional options.json holds plugin options. Run with UPDATE=1 to
 * (re)write the expected files, then review the diff.
 */
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified, type Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import remarkHeadingIds from '../../src/remark/heading-ids.ts';
import remarkScope from '../../src/remark/scope.ts';
import remarkServices from '../../src/remark/services.ts';
import type { Scope } from '../../src/lib/extract-scope.ts';
import type { ServiceDescription } from '../../src/lib/extract-services.ts';
import { projectRoot } from '../helpers/paths.ts';

const fixturesDir = join(projectRoot, 'tests/fixtures/remark');
const update = process.env['UPDATE'] === '1';

type Options = Record<string, unknown>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the plugins take different options
const plugins: Record<string, { plugin: Plugin<any[], Root>; options: (json: Options, seen: string[]) => unknown }> = {
  'remark-heading-ids': { plugin: remarkHeadingIds, options: () => undefined },
  'remark-scope': { plugin: remarkScope, options: () => undefined },
  'remark-services': {
    plugin: remarkServices,
    // options.json says whether the file is a category file; the test records the path the plugin asks about.
    options: (json, seen) => ({ isCategoryFile: (path: string) => (seen.push(path), json['isCategoryFile'] !== false) }),
  },
};

/** Astro's MDX integration blanks the frontmatter out (`empty-with-spaces`) and parses it as YAML; these fixtures use `key: value` lines. */
function splitFrontmatter(mdx: string): { body: string; frontmatter: Record<string, string> } {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(mdx);
  if (!match) return { body: mdx, frontmatter: {} };
  const frontmatter = Object.fromEntries(
    match[1]!.split('\n').map((line) => {
      const [, key, value] = /^(\w+):\s*"?(.*?)"?$/.exec(line)!;
      return [key!, value!];
    }),
  );
  return { body: match[0].replace(/[^\n]/g, ' ') + mdx.slice(match[0].length), frontmatter };
}

interface Outcome {
  file: VFile;
  tree: Root;
  error?: (Error & { file?: string; line?: number; column?: number; fatal?: boolean; ruleId?: string; source?: string }) | undefined;
  seenPaths: string[];
}

async function runCase(pluginName: string, path: string, options: Options = {}): Promise<Outcome> {
  const { body, frontmatter } = splitFrontmatter(readFileSync(path, 'utf8'));
  const file = new VFile({ path, value: body, data: { astro: { frontmatter } } });
  const seenPaths: string[] = [];
  const { plugin, options: toOptions } = plugins[pluginName]!;
  const processor = unified().use(remarkParse).use(remarkMdx).use(plugin, toOptions(options, seenPaths));
  const tree = processor.parse(file);
  try {
    await processor.run(tree, file);
    return { file, tree, seenPaths };
  } catch (error) {
    return { file, tree, error: error as Outcome['error'], seenPaths };
  }
}

const headingIds = (tree: Root) => {
  const out: { depth: number; text: string; id: unknown }[] = [];
  visit(tree, 'heading', (h: Heading) => void out.push({ depth: h.depth, text: toString(h), id: h.data?.hProperties?.['id'] }));
  return out;
};

const cases = Object.keys(plugins).flatMap((plugin) =>
  readdirSync(join(fixturesDir, plugin))
    .sort()
    .map((name) => ({ plugin, name, dir: join(fixturesDir, plugin, name) })),
);

describe('remark plugin fixtures', () => {
  it('has fixture cases for every plugin', () => {
    for (const plugin of Object.keys(plugins)) expect(cases.filter((c) => c.plugin === plugin).length, plugin).toBeGreaterThanOrEqual(3);
  });

  describe.each(cases)('$plugin / $name', ({ plugin, dir }) => {
    it('gives the expected output or error', async () => {
      const input = join(dir, 'input.mdx');
      const optionsFile = join(dir, 'options.json');
      const options = existsSync(optionsFile) ? (JSON.parse(readFileSync(optionsFile, 'utf8')) as Options) : {};
      const { file, tree, error } = await runCase(plugin, input, options);
      const outputFile = join(dir, 'output.json');
      const errorFile = join(dir, 'error.txt');

      if (error) {
        // vfile's `path:line:column: message`, naming the file and the line of the first problem.
        const text = String(error);
        expect(text.startsWith(`${input}:${error.line}:${error.column}: `), text).toBe(true);
        expect(error.file).toBe(input);
        expect(error.fatal).toBe(true);
        expect(error.source).toBe('soc3-site');
        const actual = `${text.replace(`${projectRoot}`, '')}\n`;
        if (update) {
          writeFileSync(errorFile, actual);
          rmSync(outputFile, { force: true });
        }
        expect(existsSync(outputFile), 'the case expects success, but the plugin threw').toBe(false);
        expect(existsSync(errorFile), `no error.txt: run with UPDATE=1 and review it. The error was:\n${text}`).toBe(true);
        expect(actual).toBe(readFileSync(errorFile, 'utf8'));
      } else {
        const output: Record<string, unknown> = { frontmatter: file.data.astro?.frontmatter ?? null };
        if (plugin === 'remark-heading-ids') output['headings'] = headingIds(tree);
        const actual = `${JSON.stringify(output, null, 2)}\n`;
        if (update) {
          writeFileSync(outputFile, actual);
          rmSync(errorFile, { force: true });
        }
        expect(existsSync(errorFile), 'the case expects an error, but the plugin did not throw').toBe(false);
        expect(existsSync(outputFile), 'no output.json: run with UPDATE=1 and review it').toBe(true);
        expect(JSON.parse(actual)).toEqual(JSON.parse(readFileSync(outputFile, 'utf8')));
      }
    });
  });
});

/** Direct checks of the key cases, so the behaviour is stated here and not only in generated files. */
describe('remark plugins: key cases', () => {
  const fixture = (plugin: string, name: string) => join(fixturesDir, plugin, name, 'input.mdx');

  it('remark-heading-ids sets every heading’s id by the slug rule, keeping other properties', async () => {
    const { tree } = await runCase('remark-heading-ids', fixture('remark-heading-ids', 'service-headings'));
    expect(headingIds(tree).map((h) => h.id)).toEqual(['amazon-elastic-compute-cloud-ec2', 'aws-lambda-edge', 'vm-import-export']);
    const processor = unified().use(remarkParse).use(remarkHeadingIds);
    const preset = processor.parse('## Security & Identity\n');
    (preset.children[0] as Heading).data = { hProperties: { className: ['keep'], id: 'old' } };
    await processor.run(preset);
    expect((preset.children[0] as Heading).data?.hProperties).toEqual({ className: ['keep'], id: 'security-and-identity' });
  });

  it('remark-scope hands the scope to the page, next to the frontmatter', async () => {
    const { file, error } = await runCase('remark-scope', fixture('remark-scope', 'scope-lists-and-regions'));
    expect(error).toBeUndefined();
    const frontmatter = file.data.astro!.frontmatter as { title: string; scope: Scope };
    expect(frontmatter['title']).toBe('AWS Background');
    expect(frontmatter['scope'].services).toEqual([
      { name: 'Amazon API Gateway', line: 11 },
      { name: 'AWS Lambda@Edge', line: 12 },
      { name: 'VM Import/Export', line: 13 },
    ]);
    expect(frontmatter['scope'].regions.map((r: { name: string }) => r.name)).toEqual([
      'US East (Northern Virginia)',
      'AWS GovCloud (US-West)',
      'South America (São Paulo)',
    ]);
    expect(frontmatter['scope'].edgeLocations).toEqual([
      { name: 'Montréal, Canada', line: 23 },
      { name: 'Singapore', line: 24 },
    ]);
  });

  it('remark-scope adds nothing to a page without scope', async () => {
    const { file } = await runCase('remark-scope', fixture('remark-scope', 'no-scope'));
    expect(file.data.astro!.frontmatter).toEqual({ title: 'People' });
  });

  it('remark-scope fails naming the file and the line of the bad entry', async () => {
    const path = fixture('remark-scope', 'empty-entry');
    const { error } = await runCase('remark-scope', path);
    expect(String(error)).toBe(`${path}:8:1: empty entry in <Scope of="edge-locations">: remove the bare "-" line`);
  });

  it('remark-services derives the services of a category file, paragraphs and lines', async () => {
    const path = fixture('remark-services', 'category');
    const { file, error, seenPaths } = await runCase('remark-services', path);
    expect(error).toBeUndefined();
    expect(seenPaths).toEqual([path]);
    const services = (file.data.astro!.frontmatter as { services: ServiceDescription[] }).services;
    expect(services.map((s) => [s.name, s.slug, s.line, s.paragraphs.length])).toEqual([
      ['Elastic Load Balancing', 'elastic-load-balancing', 5, 1],
      ['Amazon Route 53', 'amazon-route-53', 9, 2],
      ['Amazon S3 Transfer Acceleration', 'amazon-s3-transfer-acceleration', 15, 1],
    ]);
  });

  it('remark-services leaves a file that is not a category file alone', async () => {
    const { file, error } = await runCase('remark-services', fixture('remark-services', 'not-a-category-file'), { isCategoryFile: false });
    expect(error).toBeUndefined();
    expect(file.data.astro!.frontmatter).toEqual({ title: 'Components of the System' });
  });

  it('remark-services fails on a heading with no paragraph, naming the file and line, then lists the file’s other problems', async () => {
    let path = fixture('remark-services', 'no-description');
    expect(String((await runCase('remark-services', path)).error)).toBe(
      `${path}:9:1: service "Amazon Glacier" has no description: add the report's paragraph(s) under its heading`,
    );
    path = fixture('remark-services', 'several-problems');
    const { error } = await runCase('remark-services', path);
    expect(error!.line).toBe(5);
    expect(String(error).split('\n')).toEqual([
      `${path}:5:1: unexpected paragraph before the first service: a category file starts with a "## Service name" heading`,
      '  line 7: service "Amazon Kinesis Streams" has no description: add the report\'s paragraph(s) under its heading',
      '  line 9: service "Amazon Redshift" uses a level-4 heading: use "## Amazon Redshift"',
      '  line 13: service "Amazon Kinesis  Streams" has the slug "amazon-kinesis-streams", already used by "Amazon Kinesis Streams" on line 7',
    ]);
  });

  it('all three plugins, in Astro’s order, accept every real content file', async () => {
    const period = join(projectRoot, 'content/2017-04-01--2017-09-30');
    const files = ['sections', 'categories'].flatMap((dir) => readdirSync(join(period, dir)).map((f) => join(period, dir, f)));
    let services = 0;
    let scopes = 0;
    for (const path of files) {
      const { body, frontmatter } = splitFrontmatter(readFileSync(path, 'utf8'));
      const file = new VFile({ path, value: body, data: { astro: { frontmatter } } });
      const processor = unified()
        .use(remarkParse)
        .use(remarkMdx)
        .use(remarkHeadingIds)
        .use(remarkScope)
        .use(remarkServices, { isCategoryFile: (p: string) => /[/\\]categories[/\\][^/\\]+\.mdx$/.test(p) });
      await processor.run(processor.parse(file), file);
      const data = file.data.astro!.frontmatter as Record<string, unknown[] | { services: unknown[] }>;
      services += (data['services'] as unknown[] | undefined)?.length ?? 0;
      if (data['scope']) scopes++;
      expect(relative(projectRoot, path).startsWith('content/')).toBe(true);
    }
    expect(files).toHaveLength(22);
    expect(services).toBe(51);
    expect(scopes).toBe(1);
  });
});
