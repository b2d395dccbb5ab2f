/**
 * The site built with every report shape the real later reports have (tests/fixtures/shapes/README.md): the real
 * period plus each fixture period folder of tests/fixtures/shapes/, in a copy of the project at
 * tests/.output/shapes-site/, so `npm run build` of the real content never publishes a fixture.
 *
 * A fixture may also give `site-blocks/<period>.yaml`: the `site:` block that replaces a period's own (how the
 * real period declares renames from a fixture period before it); and `locations.json`: location overrides the
 * fixture periods need, added to the copy's src/data/locations.json (a name both files hold is a mistake).
 */
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixturePath, projectRoot } from './paths.ts';
import { copyProject, type ProjectCopy } from './project-copy.ts';

export const shapesRoot = join(projectRoot, 'tests/.output/shapes-site');
export const shapesDist = join(shapesRoot, 'dist');
export const shapesPublicUrl = 'https://soc3-shapes.example.com/';

const isPeriod = (name: string) => /^\d{4}-\d{2}-\d{2}--\d{4}-\d{2}-\d{2}$/.test(name);

/** The fixture periods of the shapes site, oldest first by folder name. */
export const shapePeriods = (): string[] => readdirSync(fixturePath('shapes')).filter(isPeriod).sort();

/** Replaces the `site:` block (to the end of the file) of `yaml` with the text of `block`. */
export function replaceSiteBlock(yaml: string, block: string): void {
  const text = readFileSync(yaml, 'utf8');
  const at = text.indexOf('\nsite:\n');
  if (at < 0) throw new Error(`no site: block in ${yaml}`);
  writeFileSync(yaml, `${text.slice(0, at + 1)}${readFileSync(block, 'utf8')}`);
}

/** A copy of the project whose content is the real period and every fixture period of tests/fixtures/shapes/. */
export function shapesCopy(): ProjectCopy {
  const copy = copyProject(shapesRoot);
  for (const period of shapePeriods()) {
    cpSync(fixturePath(`shapes/${period}`), join(shapesRoot, 'content', period), { recursive: true });
  }
  const blocks = fixturePath('shapes/site-blocks');
  for (const file of existsSync(blocks) ? readdirSync(blocks) : []) {
    const period = file.replace(/\.yaml$/, '');
    replaceSiteBlock(join(shapesRoot, 'content', period, 'report.yaml'), join(blocks, file));
  }
  const overrides = fixturePath('shapes/locations.json');
  if (existsSync(overrides)) {
    const data = join(shapesRoot, 'src/data/locations.json');
    const real = JSON.parse(readFileSync(data, 'utf8')) as Record<string, unknown>;
    const added = JSON.parse(readFileSync(overrides, 'utf8')) as Record<string, unknown>;
    const twice = Object.keys(added).filter((name) => name in real);
    if (twice.length > 0) throw new Error(`${overrides}: already in src/data/locations.json: ${twice.join(', ')}`);
    writeFileSync(data, `${JSON.stringify({ ...real, ...added }, null, 2)}\n`);
  }
  return copy;
}

/** Removes the built copy. */
export const removeShapesSite = () => rmSync(shapesRoot, { recursive: true, force: true });
