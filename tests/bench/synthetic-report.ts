/**
 * Grows the report in a project copy to `factor` times its size: every category file gets factor − 1 numbered
 * copies ("Compute 7" in compute-7.mdx, "Auto Scaling 7" for each service), listed in scope and in `order`,
 * so the build's cross-checks pass exactly as they do for the real report.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { slugify } from '../../src/lib/slug.ts';
import type { ProjectCopy } from '../helpers/project-copy.ts';

const servicesScope = /(<Scope of="services">\n\n(?:- .+\n)+)/;

function copyCategory(text: string, n: number): { slug: string; text: string; services: string[] } {
  const titleLine = /^title: (.+)$/m.exec(text);
  if (!titleLine) throw new Error('category file without a title line');
  const title = `${titleLine[1]!.replace(/^"(.*)"$/, '$1')} ${n}`;
  const services: string[] = [];
  const renamed = text
    .replace(titleLine[0], `title: ${JSON.stringify(title)}`)
    .replace(/^## (.+)$/gm, (_, name: string) => {
      services.push(`${name} ${n}`);
      return `## ${name} ${n}`;
    });
  return { slug: slugify(title), text: renamed, services };
}

/** Returns how many categories and services the period folder now holds. */
export function scaleReport(copy: ProjectCopy, period: string, factor: number): { categories: number; services: number } {
  const dir = `content/${period}`;
  const originals = readdirSync(join(copy.root, dir, 'categories')).filter((f) => f.endsWith('.mdx')).map((f) => f.slice(0, -'.mdx'.length));
  const copiesOf = new Map<string, string[]>();
  const addedServices: string[] = [];
  for (const slug of originals) {
    const text = copy.read(`${dir}/categories/${slug}.mdx`);
    const slugs: string[] = [];
    for (let n = 2; n <= factor; n++) {
      const made = copyCategory(text, n);
      copy.write(`${dir}/categories/${made.slug}.mdx`, made.text);
      slugs.push(made.slug);
      addedServices.push(...made.services);
    }
    copiesOf.set(slug, slugs);
  }
  const scopeFile = readdirSync(join(copy.root, dir, 'sections'))
    .map((f) => `${dir}/sections/${f}`)
    .find((f) => copy.read(f).includes('<Scope of="services">'));
  if (!scopeFile) throw new Error(`no <Scope of="services"> in ${dir}/sections`);
  copy.replace(scopeFile, servicesScope, `$1${addedServices.map((s) => `- ${s}\n`).join('')}`);
  const order = copy.read(`${dir}/report.yaml`).replace(/^( {2}- )([a-z0-9-]+)$/gm, (line, dash: string, id: string) =>
    [line, ...(copiesOf.get(id) ?? []).map((s) => `${dash}${s}`)].join('\n'),
  );
  copy.write(`${dir}/report.yaml`, order);
  const services = (copy.read(scopeFile).match(servicesScope)?.[1] ?? '').split('\n').filter((l) => l.startsWith('- ')).length;
  return { categories: originals.length * factor, services };
}
