/**
 * The periods a service page lists as having it in scope. The root (latest) page lists them all. A pinned page is a
 * snapshot of its period: it lists that period and earlier ones only, and a superseded period's page adds one line
 * of the site's that leads on to later reports, so that publishing a newer period changes no superseded page (unless
 * the service's lineage does: renamed, removed, or no longer listed by a latest report that gives services by link).
 */
import type { Link } from './page-outline.ts';
import type { PageVersions } from './page-versions.ts';
import type { InScope, Periods } from './periods.ts';
import type { Report, Service } from './report-model.ts';
import { pageUrl, type Home } from './urls.ts';

export interface ServiceHistory {
  /** The periods whose scope included it, newest first (this one among them). */
  history: InScope[];
  /** On a superseded period's page: where later reports' story of the service goes on. */
  later: Link | undefined;
}

export function serviceHistory(periods: Periods, report: Report, home: Home, service: Service, versions: PageVersions): ServiceHistory {
  const all = periods.historyOf(report, service);
  const history = home === 'root' ? all : all.slice(all.findIndex((h) => h.report === report));
  const latest = versions.latest;
  // The service in the latest report; else its root address, which says where it went.
  const later =
    latest &&
    (latest.samePage
      ? { label: 'this service in the latest report', href: latest.path }
      : { label: 'what became of this service', href: pageUrl(service.key, 'root') });
  return { history, later };
}
