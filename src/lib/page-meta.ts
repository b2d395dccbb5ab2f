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
  /** At most about 160 characters, cut at a word with an ellipsis: what search engines and previews show. */
  description: string;
  siteName: string;
  /** The page's absolute URLs, where the site has a public URL (site.config.ts); without one, none is written. */
  links: { canonical: string; image: string; report: string } | undefined;
  image: { alt: string; width: number; height: number };
  /** Card data for the preview-image generator (src/integrations/og-images.ts). */
  card: { title: string; label: string; site: string; byline: string };
  jsonLd: Record<string, unknown>;
}

/** Longest description a page gives search engines and link previews (they cut longer ones mid-word). */
export const descriptionLength = 160;

/** A description of at most {@link descriptionLength} characters: cut at the last word that fits, with an ellipsis. */
export function shortDescription(text: string, max = descriptionLength): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const end = cut.lastIndexOf(' ');
  return `${(end > max / 2 ? cut.slice(0, end) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

export const ogImageSize = { width: 1200, height: 630 } as const;

/** The site's name: "Amazon Web Services SOC 3 report". */
const siteNameOf = (report: Report) => `${shortOrganization(report.facts)} ${report.facts.document}`;

/** Title, description, canonical URL, preview image and JSON-LD for one page; absolute URLs only with a public URL. */
export function pageMeta(report: Report, site: URL | string | undefined, input: PageMetaInput): PageMeta {
  const { facts } = report;
  const siteName = siteNameOf(report);
  const title = input.title === siteName ? siteName : `${input.title} · ${siteName}`;
  const byline = `${facts.organization} · ${formatPeriod(facts.period)}`;
  const links =
    site === undefined || site === ''
      ? undefined
      : {
          canonical: absoluteUrl(input.path, site),
          image: absoluteUrl(ogImageUrl(input.imagePath ?? input.path), site),
          report: absoluteUrl(homeUrl(pinnedBase(report.periodId)), site),
        };
  const image = { alt: `${input.label === input.title ? '' : `${input.label}: `}${input.title}. ${byline}.`, ...ogImageSize };
  const isPartOf = {
    '@type': 'Report',
    name: `${facts.organization} ${facts.document}`,
    about: facts.system,
    author: { '@type': 'Organization', name: facts.organization },
    temporalCoverage: `${isoDate(facts.period.start)}/${isoDate(facts.period.end)}`,
    ...(links ? { url: links.report } : {}),
  };
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': input.schemaType ?? 'WebPage',
    name: input.title,
    headline: input.title,
    description: input.description,
    ...(links ? { url: links.canonical, image: links.image } : {}),
    inLanguage: 'en',
    isPartOf,
  };
  return {
    title,
    description: shortDescription(input.description),
    siteName,
    links,
    image,
    card: { title: input.title, label: input.label, site: siteName, byline },
    jsonLd,
  };
}
/**
 * A section's or category's description: a section's first sentence (for one with no words of its own, such as
 * an attachment, the parts it holds); a category's services, by name.
 */
export function partDescription(report: Report, page: ReportPage): string {
  const parts = report.pages.filter((p) => p.parent === page.slug).map((p) => p.title);
  if (page.kind === 'section')
    return page.lead || `${page.title}, in the ${report.facts.organization} ${report.facts.document}: ${parts.join(', ')}.`;
  const names = page.services.map((s) => s.name).join(', ');
  return `${page.title} services in the ${report.facts.organization} ${report.facts.document}: ${names}.`;
}
