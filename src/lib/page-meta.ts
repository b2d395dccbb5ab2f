import { formatPeriod, isoDate, shortOrganization } from './report-facts.ts';
import type { Report, ReportPage } from './report-model.ts';
import { absoluteUrl, homeUrl, ogImageUrl, pinnedBase } from './urls.ts';

/** What a page tells crawlers and link previews about itself. */
export interface PageMetaInput {
  /** The page's own title (the site name is appended in <title>). */
  title: string;
  /** One or two sentences: for a service or section, the first sentence of its report text. */
  description: string;
  /** Root-relative path of the page's canonical URL, e.g. `/services/aws-lambda/`. */
  path: string;
  /** The page whose preview image this page shows (default: the canonical page's). */
  imagePath?: string;
  /** What the preview image shows above the title, e.g. "Storage · Service". */
  label: string;
  /** schema.org type of the page's main thing. */
  schemaType?: 'WebSite' | 'WebPage' | 'Article' | 'CollectionPage';
}

export interface PageMeta {
  title: string;
  description: string;
  canonical: string;
  siteName: string;
  image: { url: string; alt: string; width: number; height: number };
  /** Card data for the preview-image generator (src/integrations/og-images.ts). */
  card: { title: string; label: string; site: string; byline: string };
  jsonLd: Record<string, unknown>;
}

export const ogImageSize = { width: 1200, height: 630 } as const;

/** The site's name: "Amazon Web Services SOC 3 report". */
const siteNameOf = (report: Report) => `${shortOrganization(report.facts)} ${report.facts.document}`;

/** Title, description, canonical URL, preview image and JSON-LD for one page. */
export function pageMeta(report: Report, site: URL | string, input: PageMetaInput): PageMeta {
  const { facts } = report;
  const siteName = siteNameOf(report);
  const canonical = absoluteUrl(input.path, site);
  const title = input.title === siteName ? siteName : `${input.title} · ${siteName}`;
  const byline = `${facts.organization} · ${formatPeriod(facts.period)}`;
  const image = {
    url: absoluteUrl(ogImageUrl(input.imagePath ?? input.path), site),
    alt: `${input.label}: ${input.title}. ${byline}.`,
    ...ogImageSize,
  };
  const isPartOf = {
    '@type': 'Report',
    name: `${facts.organization} ${facts.document}`,
    about: facts.system,
    author: { '@type': 'Organization', name: facts.organization },
    temporalCoverage: `${isoDate(facts.period.start)}/${isoDate(facts.period.end)}`,
    url: absoluteUrl(homeUrl(pinnedBase(report.periodId)), site),
  };
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': input.schemaType ?? 'WebPage',
    name: input.title,
    headline: input.title,
    description: input.description,
    url: canonical,
    image: image.url,
    inLanguage: 'en',
    isPartOf,
  };
  return {
    title,
    description: input.description,
    canonical,
    siteName,
    image,
    card: { title: input.title, label: input.label, site: siteName, byline },
    jsonLd,
  };
}

/** A section's or category's description: a section's first sentence; a category's services, by name. */
export function partDescription(report: Report, page: ReportPage): string {
  if (page.kind === 'section') return page.lead;
  const names = page.services.map((s) => s.name).join(', ');
  return `${page.title} services in the ${report.facts.organization} ${report.facts.document}: ${names}.`;
}
