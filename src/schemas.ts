/**
 * The contract content must meet, one schema per kind of file. The content collections
 * (src/content.config.ts) and the early content check (src/integrations/content-check.ts) both use these;
 * the types the code works with are inferred from them. Each field's description is its documentation: the
 * JSON Schema editors read (`src/report.schema.json`) and the README's table of `report.yaml` are generated
 * from it (`npm run schema`).
 */
import { z } from 'astro/zod';

/** The trust services criteria a SOC report may cover (AICPA TSP section 100A). */
export const criteria = ['security', 'availability', 'processing integrity', 'confidentiality', 'privacy'] as const;

const isoDate = (description: string) => z.coerce.date().meta({ description: `${description} (YYYY-MM-DD).` });

/** The facts a report period states about itself, shown on every page (`<period>/report.yaml`). */
export const reportSchema = z
  .strictObject({
    organization: z.string().min(1).meta({ description: 'The service organization, as the report names it.' }),
    system: z.string().min(1).meta({ description: 'The system the report covers, as the report names it.' }),
    document: z.string().min(1).meta({ description: 'What kind of report this is, e.g. "SOC 3 report".' }),
    period: z
      .strictObject({
        start: isoDate('The first day the examination covers'),
        end: isoDate('The last day the examination covers'),
      })
      .refine((p) => p.start < p.end, 'period.start must be before period.end')
      .meta({ description: "The examination period; the period folder's name is these dates: `<start>--<end>`." }),
    criteria: z
      .array(z.enum(criteria))
      .min(1)
      .meta({ description: 'The trust services criteria the report covers, in the order the report names them.' }),
    framework: z.string().min(1).meta({ description: "The criteria's source document, as the report cites it." }),
    assertion: z
      .strictObject({
        heading: z.string().min(1).optional().meta({
          description: "Management's assertion's heading exactly as the report prints it; leave it out when the text does not have it.",
        }),
        date: isoDate('The date the assertion is signed, as the report prints it').optional(),
      })
      .optional()
      .meta({ description: "What the report prints at the head of management's assertion; each field only when known exactly." }),
    auditor: z
      .strictObject({
        firm: z.string().min(1).meta({ description: 'The independent service auditor, as the report names the firm.' }),
        date: isoDate("The date of the auditor's report").optional(),
      })
      .optional()
      .meta({
        description:
          "The independent service auditor. Its opinion is published when its text is available: a section file with `kind: auditor-report`, first in `order`; otherwise the site says the auditor's report is not in the text.",
      }),
    source: z
      .strictObject({
        pdf: z
          .string()
          .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*\.pdf$/, 'a file name in the period folder ending in .pdf, e.g. report.pdf')
          .optional()
          .meta({
            description:
              'The original PDF, a file beside report.yaml: published at `/<period>/<name>` with its size and SHA-256, computed when the site is built.',
          }),
        omits: z.array(z.string().min(1)).default([]).meta({
          description:
            'What the text published here leaves out of the PDF, each in the site’s words (e.g. "Pages 2–3, which have no extractable text"); said on the report’s pages.',
        }),
      })
      .optional()
      .meta({ description: 'The document the text comes from: its original PDF and what the text leaves out of it.' }),
    order: z
      .array(z.string().regex(/^[a-z0-9-]+$/, 'ids are file names without .mdx'))
      .min(1)
      .meta({
        description:
          'The reading order: every section and category file name (without `.mdx`) of this period, each exactly once. Navigation, previous/next links and the full report follow it.',
      }),
    site: z
      .strictObject({
        published: isoDate('The date this site published the period, shown as the site’s in /reports/ and the feeds'),
        corrections: z
          .array(
            z.strictObject({
              date: isoDate('The date of the correction'),
              note: z.string().min(1).meta({ description: 'What was corrected, in the site’s words.' }),
            }),
          )
          .default([])
          .meta({ description: 'Corrections the site made to its copy after publishing it; the feeds announce each.' }),
        renames: z
          .array(
            z.strictObject({
              from: z.string().min(1).meta({ description: "The service's name in the previous period's report." }),
              to: z.string().min(1).meta({ description: "The service's name in this period's report." }),
            }),
          )
          .default([])
          .meta({
            description:
              'Services this report names differently from the previous one (renames cannot be guessed from the text); the old address redirects to the new page.',
          }),
      })
      .meta({ description: 'What the site records about its publication of this period: none of it is the report’s.' }),
  })
  .meta({
    title: 'report.yaml',
    description: 'The facts a SOC report period states about itself, and what the site records of its publication.',
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
  /**
   * A section of its own kind: `auditor-report` for the independent service auditor's report (its opinion), shown
   * first and labelled as the auditor's, not management's; left out for the report's other sections.
   */
  kind: z.enum(['auditor-report']).optional(),
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
/** A section file's frontmatter. */
export type SectionFrontmatter = z.infer<typeof sectionSchema>;
/** A category file's frontmatter. */
export type CategoryFrontmatter = z.infer<typeof categorySchema>;
export type Criterion = (typeof criteria)[number];

/** The schema of each kind of content file (src/lib/content-layout.ts names the kinds). */
export const contentSchemas = {
  reports: reportSchema,
  sections: sectionSchema,
  categories: categorySchema,
  aliases: aliasesSchema,
} as const;
