import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { categorySchema, reportSchema, sectionSchema } from './schemas.ts';

/** Content lives outside src/: one folder per report period, e.g. `content/2017-04-01--2017-09-30/`. */
const base = './content';
/** Ids keep the period folder and kind: `2017-04-01--2017-09-30/sections/people`. */
const generateId = ({ entry }: { entry: string }) => entry.replace(/\.(mdx|ya?ml)$/, '');

export const collections = {
  reports: defineCollection({ loader: glob({ base, pattern: '*/report.yaml', generateId }), schema: reportSchema }),
  sections: defineCollection({ loader: glob({ base, pattern: '*/sections/*.mdx', generateId }), schema: sectionSchema }),
  categories: defineCollection({ loader: glob({ base, pattern: '*/categories/*.mdx', generateId }), schema: categorySchema }),
};
