/**
 * The site's publications as a feed (Atom and JSON Feed, written by the `feed` library): each report period
 * published here, and each correction the site made to its copy, on the date the site records for it in the
 * period's report.yaml. These dates are the site's, never the report's.
 */
import { Feed } from 'feed';
import type { Periods } from './periods.ts';
import { formatDate, formatPeriod, shortOrganization } from './report-facts.ts';
import { absoluteUrl, atomFeedUrl, changesUrl, homeUrl, jsonFeedUrl, pinnedBase, reportsUrl } from './urls.ts';

export function publicationsFeed(periods: Periods, site: URL | string): Feed {
  const latest = periods.latest;
  const name = `${shortOrganization(latest.facts)} ${latest.facts.document}`;
  const items = periods.pinned.flatMap((report) => {
    const { facts } = report;
    const home = absoluteUrl(homeUrl(pinnedBase(report.periodId)), site);
    const period = formatPeriod(facts.period);
    const published = {
      title: `Published: the ${facts.document} for ${period}`,
      id: home,
      link: home,
      date: facts.site.published,
      description: `This site published the ${facts.organization} ${facts.document} for ${period} (${report.services.length} services in scope) on ${formatDate(facts.site.published)}.`,
      content: `<p>The ${facts.organization} ${facts.document} on the ${facts.system}, for ${period}, published on this site on ${formatDate(facts.site.published)}.</p><p><a href="${home}">Read the report</a> · <a href="${absoluteUrl(changesUrl(pinnedBase(report.periodId)), site)}">What changed</a></p>`,
    };
    const corrections = facts.site.corrections.map((c, i) => ({
      title: `Corrected: the ${facts.document} for ${period}`,
      id: `${home}#correction-${i + 1}`,
      link: home,
      date: c.date,
      description: `On ${formatDate(c.date)} this site corrected its copy of the ${facts.document} for ${period}: ${c.note}`,
    }));
    return [published, ...corrections];
  });
  items.sort((a, b) => +b.date - +a.date);
  const feed = new Feed({
    title: `${name}: publications`,
    description: `Each ${latest.facts.document} of ${latest.facts.organization} published on this site, and each correction to it.`,
    id: absoluteUrl(reportsUrl, site),
    link: absoluteUrl(reportsUrl, site),
    language: 'en',
    updated: items[0]?.date ?? latest.facts.site.published,
    generator: false,
    copyright: `The reports’ text: ${latest.facts.organization}. Dates of publication and corrections: this site.`,
    feedLinks: { atom: absoluteUrl(atomFeedUrl, site), json: absoluteUrl(jsonFeedUrl, site) },
  });
  for (const item of items) feed.addItem(item);
  return feed;
}
