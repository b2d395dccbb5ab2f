import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { ContentProblem } from './content-problem.ts';
import { slugify } from './slug.ts';

/** One service as a category file describes it: a level-2 heading, then its paragraphs. */
export interface ServiceDescription {
  /** The service's name exactly as the report writes it. */
  name: string;
  slug: string;
  /** Line of the heading in the category file. */
  line: number | undefined;
  /** The description's paragraphs, as plain text (the report's descriptions have no inline markup). */
  paragraphs: string[];
}

const lineOf = (node: RootContent | Root): number | undefined => node.position?.start.line;

/**
 * Reads the services out of a category file's tree. A category file is a run of
 * `## Service name` headings, each followed by one or more paragraphs; anything else is a problem.
 */
export function extractServices(tree: Root): { services: ServiceDescription[]; problems: ContentProblem[] } {
  const services: ServiceDescription[] = [];
  const problems: ContentProblem[] = [];
  let current: ServiceDescription | undefined;
  const close = () => {
    if (current && current.paragraphs.length === 0) {
      problems.push({
        line: current.line,
        message: `service "${current.name}" has no description: add the report's paragraph(s) under its heading`,
      });
    }
  };
  for (const node of tree.children) {
    if (node.type === 'yaml') continue;
    if (node.type === 'heading') {
      close();
      current = startService(node, services, problems);
    } else if (node.type === 'paragraph' && current) {
      current.paragraphs.push(toString(node));
    } else {
      problems.push({
        line: lineOf(node),
        message: current
          ? `unexpected ${node.type} in the description of "${current.name}": a service description is plain paragraphs`
          : `unexpected ${node.type} before the first service: a category file starts with a "## Service name" heading`,
      });
    }
  }
  close();
  return { services, problems };
}

function startService(node: Heading, services: ServiceDescription[], problems: ContentProblem[]): ServiceDescription {
  const name = toString(node).trim();
  const service: ServiceDescription = { name, slug: slugify(name), line: lineOf(node), paragraphs: [] };
  if (node.depth !== 2) {
    problems.push({ line: service.line, message: `service "${name}" uses a level-${node.depth} heading: use "## ${name}"` });
  }
  const twin = services.find((s) => s.slug === service.slug);
  if (twin) {
    problems.push({
      line: service.line,
      message: `service "${name}" has the slug "${service.slug}", already used by "${twin.name}" on line ${twin.line}`,
    });
  }
  services.push(service);
  return service;
}
