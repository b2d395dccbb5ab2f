/** getStaticPaths for every route, for every report period: routes stay thin and ask nothing of the collections. */
import { periodParam, reports } from './content.ts';
import type { SectionPage } from './lib/report-model.ts';

export const homePaths = () => reports.map((report) => ({ params: { period: periodParam(report) }, props: { report } }));

export const sectionPaths = () =>
  reports.flatMap((report) =>
    report.pages
      .filter((p): p is SectionPage => p.kind === 'section')
      .map((page) => ({ params: { period: periodParam(report), section: page.slug }, props: { report, page } })),
  );

export const categoryPaths = () =>
  reports.flatMap((report) =>
    report.categories.map((page) => ({ params: { period: periodParam(report), category: page.slug }, props: { report, page } })),
  );

export const servicePaths = () =>
  reports.flatMap((report) =>
    report.services.map((service, index) => ({ params: { period: periodParam(report), service: service.slug }, props: { report, service, index } })),
  );
