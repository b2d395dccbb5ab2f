/**
 * The site's URL scheme, in one place. The current period's pages sit at the root; any other period
 * sits under `/<period-id>/` (its base path), so adding a period never moves a published URL.
 */
export const sectionUrl = (base: string, slug: string) => `${base}/sections/${slug}/`;
export const categoryUrl = (base: string, slug: string) => `${base}/categories/${slug}/`;
export const serviceUrl = (base: string, slug: string) => `${base}/services/${slug}/`;
export const catalogUrl = (base: string) => `${base}/services/`;
export const homeUrl = (base: string) => `${base}/`;
export const fullReportUrl = (base: string) => `${base}/report/`;
export const locationsUrl = (base: string) => `${base}/locations/`;
