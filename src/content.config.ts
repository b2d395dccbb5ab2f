import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir, contentKinds, entryId, type ContentKind } from './lib/content-layout.ts';
import { contentSchemas } from './schemas.ts';

/** The files of one kind; ids keep the period folder and kind: `2017-04-01--2017-09-30/sections/people`. */
const files = (kind: ContentKind) =>
  glob({ base: `./${contentDir}`, pattern: contentKinds[kind].pattern, generateId: ({ entry }) => entryId(entry) });

export const collections = {
  reports: defineCollection({ loader: files('reports'), schema: contentSchemas.reports }),
  sections: defineCollection({ loader: files('sections'), schema: contentSchemas.sections }),
  categories: defineCollection({ loader: files('categories'), schema: contentSchemas.categories }),
  aliases: defineCollection({ loader: files('aliases'), schema: contentSchemas.aliases }),
};
