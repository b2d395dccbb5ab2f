/**
 * Grows the report in a project copy to `factor` times its size, in one of two ways:
 * - `services`: each category describes `factor` times as many services ("Auto Scaling 7" after the originals),
 *   the way a real report grows: the categories and the navigation stay as they are.
 * - `categories`: every category file gets factor − 1 numbered copies ("Compute 7" in compute-7.mdx), so the
 *   navigation, which lists every category on every page, grows too.
 * Either way the new services are listed in scope (and new categories in `order`), so the build's
 * cross-checks pass exactly as they do for the real report.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { slugify } from '../../src/lib/slug.ts';
import type { ProjectCopy } from '../helpers/project-copy.ts';

const servicesScope = /(<Scope of="services">\n\n(?:- .+\n)+)/;

export const growths = ['services', 'categories'] as const;
export type Growth = (typeof growths)[number];

/** A category file with each of its services described `factor` times, the copies numbered 2 to factor. */
function growCategory(text: string, factor: number): { text: string; services: string[] } {
  const start = text.search(/^## /m);
  const blocks = text.slice(start).split(/(?=^## )/m);
  const services: string[] = [];
  const copies: string[] = [];
  for (let n = 2; n <= factor; n++) {
    for (const block of blocks) {
      copies.push(
        block
          .replace(/^## (.+)$/m, (_, name: string) => {
            services.push(`${name} ${n}`);
            return `## ${name} ${n}`;
          })
          .replace(/\n*$/, '\n\n'),
      );
    }
  }
  return { text: `${text.replace(/\n*$/, '\n\n')}${copies.join('')}`.replace(/\n+$/, '\n'), services };
}

function copyCategory(text: string, n: number): { slug: string; text: string; services: string[] } {
  const titleLine = /^title: (.+)$/m.exec(text);
  if (!titleLine) throw new Error('category file without a title line');
  const title = `${titleLine[1]!.replace(/^"(.*)"$/, '$1')} ${n}`;
  const services: string[] = [];
  const renamed = text.replace(titleLine[0], `title: ${JSON.stringify(title)}`).replace(/^## (.+)$/gm, (_, name: string) => {
    services.push(`${name} ${n}`);
    return `## ${name} ${n}`;
  });
  return { slug: slugify(title), text: renamed, services };
}

/** Returns how many categories and services the period folder now holds. */
export function scaleReport(copy: ProjectCopy, period: string, factor: number, growth: Growth): { categories: number; services: number } {
  const dir = `content/${period}`;
  const originals = readdirSync(join(copy.root, dir, 'categories'))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.slice(0, -'.mdx'.length));
  const copiesOf = new Map<string, string[]>();
  const addedServices: string[] = [];
  for (const slug of originals) {
    const text = copy.read(`${dir}/categories/${slug}.mdx`);
    if (growth === 'services') {
      const grown = growCategory(text, factor);
      copy.write(`${dir}/categories/${slug}.mdx`, grown.text);
      addedServices.push(...grown.services);
      continue;
    }
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
  const order = copy
    .read(`${dir}/report.yaml`)
    .replace(/^( {2}- )([a-z0-9-]+)$/gm, (line, dash: string, id: string) =>
      [line, ...(copiesOf.get(id) ?? []).map((s) => `${dash}${s}`)].join('\n'),
    );
  copy.write(`${dir}/report.yaml`, order);
  const services = (copy.read(scopeFile).match(servicesScope)?.[1] ?? '').split('\n').filter((l) => l.startsWith('- ')).length;
  return { categories: growth === 'services' ? originals.length : originals.length * factor, services };
}
