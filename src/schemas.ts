/**
 * The contract content must meet, one schema per kind of file. The content collections
 * (src/content.config.ts) and the early content check (src/integrations/content-check.ts) both use these;
 * the types the code works with are inferred from them.
 */
import { z } from 'astro/zod';

/** The trust services criteria a SOC report may cover (AICPA TSP section 100A). */
export const criteria = ['security', 'availability', 'processing integrity', 'confidentiality', 'privacy'] as const;

/** The facts a report period states about itself, shown on every page (`<period>/report.yaml`). */
export const reportSchema = z.strictObject({
  /** The service organization, as the report names it. */
  organization: z.string().min(1),
  /** The system the report covers. */
  system: z.string().min(1),
  /** What kind of report this is, e.g. "SOC 3 report". */
  document: z.string().min(1),
  /** The examination period, as ISO dates (YYYY-MM-DD). */
  period: z
    .strictObject({ start: z.coerce.date(), end: z.coerce.date() })
    .refine((p) => p.start < p.end, 'period.start must be before period.end'),
  /** The trust services criteria the report covers, in the report's order. */
  criteria: z.array(z.enum(criteria)).min(1),
  /** The criteria's source document, as the report cites it. */
  framework: z.string().min(1),
  /** The reading order: every section and category id of this period, each exactly once. */
  order: z.array(z.string().regex(/^[a-z0-9-]+$/, 'ids are file names without .mdx')).min(1),
  /** What the site records about its publication of this period: none of it is the report's. */
  site: z.strictObject({
    /** The date this site published the period (YYYY-MM-DD), shown as the site's, in /reports/ and the feeds. */
    published: z.coerce.date(),
    /** Corrections the site made to its copy after publishing it, each with its date and what was corrected. */
    corrections: z.array(z.strictObject({ date: z.coerce.date(), note: z.string().min(1) })).default([]),
    /**
     * Services this period's report names differently from the previous one (renames cannot be guessed from
     * the text): `from` is the name in the previous period, `to` the name in this one.
     */
    renames: z.array(z.strictObject({ from: z.string().min(1), to: z.string().min(1) })).default([]),
  }),
});

/** A section of the report (`<period>/sections/<slug>.mdx`): its words, word for word. */
export const sectionSchema = z.strictObject({
  /** The section's heading. */
  title: z.string().min(1),
  /**
   * Whether the heading is the report's own or supplied by the site because the report prints
   * the section without one (the management assertion); a site heading is marked as such.
   */
  titleFrom: z.enum(['report', 'site']).default('report'),
});

/** A service category (`<period>/categories/<slug>.mdx`): `## Service name` headings, each with its description. */
export const categorySchema = z.strictObject({
  /** The category's heading, as the report writes it. */
  title: z.string().min(1),
});

/**
 * The names people search a period's services by (`<period>/search-aliases.yaml`): the site's data, never shown
 * as the report's words. Each key is a service's name exactly as the period's category file heads it.
 */
export const aliasesSchema = z.strictObject({
  aliases: z.record(z.string().min(1), z.array(z.string().trim().min(1)).min(1)),
});

/** What a report period states about itself. */
export type ReportFacts = z.infer<typeof reportSchema>;
export type Criterion = (typeof criteria)[number];

/** The schema of each kind of content file (src/lib/content-layout.ts names the kinds). */
export const contentSchemas = {
  reports: reportSchema,
  sections: sectionSchema,
  categories: categorySchema,
  aliases: aliasesSchema,
} as const;
