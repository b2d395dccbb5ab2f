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

/** A section's key: its file name without `.mdx`, and the last part of its address (`/sections/<key>/`). */
const sectionKey = z.string().regex(/^[a-z0-9-]+$/, 'a section key is a file name without .mdx: lowercase letters, digits and hyphens');

const isoDate = (description: string) =>
  z.coerce.date({ error: 'must be a day written YYYY-MM-DD' }).meta({ description: `${description} (YYYY-MM-DD).` });

/**
 * A scope list the report gives by reference (a link) instead of listing it: the report's own words that point
 * to it, and the publisher's record of the link and of the day it was checked.
 */
const byReference = (what: string) =>
  z
    .strictObject({
      reference: z
        .strictObject({
          words: z
            .string()
            .trim()
            .min(1)
            .meta({
              description: `The report's own sentence that points to its ${what}, word for word as it stands in one of the period's sections.`,
            }),
          url: z
            .url({ protocol: /^https?$/, error: 'url must be a full http(s):// address' })
            .meta({ description: `The address the report gives for its ${what} (shown as a link; the site never fetches it).` }),
          checked: isoDate(`The day the publisher recorded the link and checked what it showed; shown as the site's`),
        })
        .meta({ description: `The report gives its ${what} by reference: the site shows these words, the link and the date.` }),
    })
    .meta({ description: `The report's ${what}, given by reference instead of listed.` });

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
      .meta({
        description:
          "The examination period; the period folder's name is these dates: `<start>--<end>` (a second report of the same dates: `<start>--<end>-<label>`, with `supersedes`).",
      }),
    supersedes: z
      .string()
      .regex(
        /^\d{4}-\d{2}-\d{2}--\d{4}-\d{2}-\d{2}(-[a-z0-9]+)*$/,
        'supersedes names a period folder: <start>--<end>, or <start>--<end>-<label>',
      )
      .optional()
      .meta({
        description:
          'Only for two periods with the same dates (the second in a folder `<start>--<end>-<label>`): the folder of the period this report replaces, which makes this one the newer. Otherwise the latest is the period that ends last, then the one that starts last (README, "Periods").',
      }),
    criteria: z
      .array(z.enum(criteria))
      .min(1)
      .meta({ description: 'The trust services criteria the report covers, in the order the report names them.' }),
    framework: z.string().min(1).meta({ description: "The criteria's source document, as the report cites it." }),
    scope: z
      .strictObject({
        services: byReference('services').optional(),
        locations: byReference('locations (Regions and edge locations)').optional(),
      })
      .optional()
      .meta({
        description:
          'How the report gives its scope, where it does not list it: a report that points to a web page for its services (or its locations) instead of listing them. Leave out for a report that lists them in its text.',
      }),
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
              'Services this report names differently from the previous one, the period before it by date, also when that one is backfilled later (renames cannot be guessed from the text); the old address redirects to the new page.',
          }),
        sectionRenames: z
          .array(
            z.strictObject({
              from: sectionKey.meta({ description: "The section's key (file name without `.mdx`) in the previous period." }),
              to: sectionKey.meta({ description: "The section's key (file name without `.mdx`) in this period." }),
            }),
          )
          .default([])
          .meta({
            description:
              'Sections whose key (file name) changed since the previous period: the old address redirects to the new one, and /changes/ says the section was renamed, not removed. A changed heading alone needs no entry.',
          }),
      })
      .meta({ description: 'What the site records about its publication of this period: none of it is the report’s.' }),
  })
  .meta({
    title: 'report.yaml',
    description: 'The facts a SOC report period states about itself, and what the site records of its publication.',
  });

/**
 * A section of the report (`<period>/sections/<key>.mdx`): its words, word for word. Its key is its file name:
 * its address (`/sections/<key>/`) whatever its heading, which may change from one report to the next.
 */
export const sectionSchema = z.strictObject({
  /** The section's heading, exactly as the report prints it (however long: the address is the file name). */
  title: z.string().min(1),
  /**
   * Whether the heading is the report's own or supplied by the site because the report prints
   * the section without one (the management assertion); a site heading is marked as such.
   */
  titleFrom: z.enum(['report', 'site']).default('report'),
  /**
   * The key (file name without `.mdx`) of the section that holds this one, e.g. an attachment; absent for a
   * part at the report's top level. `order` lists a section after its parent, before the parent's next sibling.
   */
  parent: sectionKey.optional(),
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
/** A scope list given by reference: the report's words, the link and the day the publisher checked it. */
export type ScopeReference = NonNullable<NonNullable<ReportFacts['scope']>['services']>['reference'];
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
