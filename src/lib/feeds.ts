/**
 * The site's publications as a feed (Atom and JSON Feed, written by the `feed` library): each report period
 * published here, and each correction the site made to its copy, on the date the site records for it in the
 * period's report.yaml; a period published says what it covers where that is news (an overlap, another length: the
 * notices' sentence) and what changed against the one before it (src/lib/change-summary.ts). These dates are the site's, never the report's. A backfilled period (an earlier report
 * published after a newer one) says so, so that no reader takes it for the latest.
 *
 * Each text goes into a field of a known type: Atom's titles and summaries are `type="html"`, JSON Feed's
 * `title` and `summary` are plain text, both formats' content is HTML. Text is escaped for the field it goes
 * into, and control characters (a form feed from pdftotext, which XML forbids) are taken out first.
 */
import { Feed } from 'feed';
import { changeSentence } from './change-summary.ts';
import { newerPublishedBefore } from './period-order.ts';
import type { Periods } from './periods.ts';
import { referenceOf, referenceText } from './scope-reference.ts';
import { formatDate, formatPeriod, shortOrganization } from './report-facts.ts';
import { absoluteUrl, atomFeedUrl, changesUrl, homeUrl, jsonFeedUrl, pinnedBase, reportsUrl } from './urls.ts';

/** Control characters (C0 but tab and line ends, DEL, C1), as runs, each run becoming one space. */
const controls = /[^\P{Cc}\t\n\r]+/gu;
/** Text with its control characters taken out. */
export const feedText = (text: string) => text.replace(controls, ' ');
/** Text as HTML: its control characters taken out, `& < > " '` escaped. */
export const feedHtml = (text: string) =>
  feedText(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** One publication: its title and summary as text, its content as HTML made from escaped text. */
interface Publication {
  title: string;
  id: string;
  link: string;
  date: Date;
  summary: string;
  content: string;
}

/** What a period's scope is, in the feed: the site's count, or the report's words and link where it gives them by link. */
function scopeNote({ facts, services }: Periods['latest']): string {
  const ref = referenceOf(facts, 'services');
  return ref ? `its ${referenceText('services', ref)}` : `${services.length} services in scope`;
}

function publications(periods: Periods, site: URL | string): Publication[] {
  const items = periods.pinned.flatMap((report) => {
    const { facts } = report;
    const home = absoluteUrl(homeUrl(pinnedBase(report.periodId)), site);
    const changes = absoluteUrl(changesUrl(pinnedBase(report.periodId)), site);
    const period = formatPeriod(facts.period);
    const after = newerPublishedBefore(periods.pinned, report, (r) => r.facts.site.published).at(-1);
    const changed = periods.changes.get(report.periodId)!;
    const previous = periods.pinned.find((r) => r.periodId === changed.previous);
    // What it covers against the period before (an overlap, another length, a reissue), and what changed in it.
    const whatChanged = [
      periods.coverage.get(report.periodId)!.note,
      changeSentence(changed, periods.sectionChanges.get(report.periodId)!, previous && formatPeriod(previous.facts.period)),
    ]
      .filter((s) => s)
      .map((s) => ` ${s}`)
      .join('');
    const backfill = after
      ? ` It covers an earlier period than the report for ${formatPeriod(after.facts.period)}, published here before it; the latest report is still the one for ${formatPeriod(periods.latest.facts.period)}.`
      : '';
    const published: Publication = {
      title: `Published: the ${facts.document} for ${period}${after ? ' (an earlier period)' : ''}`,
      id: home,
      link: home,
      date: facts.site.published,
      summary: `This site published the ${facts.organization} ${facts.document} for ${period} (${scopeNote(report)}) on ${formatDate(facts.site.published)}.${whatChanged}${backfill}`,
      content: `<p>${feedHtml(`The ${facts.organization} ${facts.document} on the ${facts.system}, for ${period}, published on this site on ${formatDate(facts.site.published)}.${whatChanged}${backfill}`)}</p><p><a href="${feedHtml(home)}">Read the report</a> · <a href="${feedHtml(changes)}">What changed</a></p>`,
    };
    const corrections = facts.site.corrections.map((c, i): Publication => {
      const summary = `On ${formatDate(c.date)} this site corrected its copy of the ${facts.document} for ${period}: ${c.note}`;
      return {
        title: `Corrected: the ${facts.document} for ${period}`,
        id: `${home}#correction-${i + 1}`,
        link: home,
        date: c.date,
        summary,
        content: `<p>${feedHtml(summary)}</p>`,
      };
    });
    return [published, ...corrections];
  });
  return items.sort((a, b) => +b.date - +a.date);
}

/** The feed in one format: `html` when its item titles and summaries are HTML (Atom), `text` when plain (JSON Feed). */
function publicationsFeed(periods: Periods, site: URL | string, titles: 'html' | 'text'): Feed {
  const latest = periods.latest;
  const name = `${shortOrganization(latest.facts)} ${latest.facts.document}`;
  const items = publications(periods, site);
  const asTitle = titles === 'html' ? feedHtml : feedText;
  const feed = new Feed({
    title: feedText(`${name}: publications`),
    description: feedText(
      `Each ${latest.facts.document} of ${latest.facts.organization} published on this site, and each correction to it.`,
    ),
    id: absoluteUrl(reportsUrl, site),
    link: absoluteUrl(reportsUrl, site),
    language: 'en',
    updated: items[0]?.date ?? latest.facts.site.published,
    generator: false,
    copyright: feedText(`The reports’ text: ${latest.facts.organization}. Dates of publication and corrections: this site.`),
    feedLinks: { atom: absoluteUrl(atomFeedUrl, site), json: absoluteUrl(jsonFeedUrl, site) },
  });
  for (const { title, summary, ...item } of items) feed.addItem({ ...item, title: asTitle(title), description: asTitle(summary) });
  return feed;
}

/** The Atom feed (`/feed.xml`). */
export const atomFeed = (periods: Periods, site: URL | string): string => publicationsFeed(periods, site, 'html').atom1();
/** The JSON Feed (`/feed.json`). */
export const jsonFeed = (periods: Periods, site: URL | string): string => publicationsFeed(periods, site, 'text').json1();
