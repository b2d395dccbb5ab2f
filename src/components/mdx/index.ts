/** The components report MDX may use, passed to every `<Content />`. */
import ListItem from './ListItem.astro';
import Paragraph from './Paragraph.astro';
import Region from './Region.astro';
import ReportTable from './ReportTable.astro';
import Scope from './Scope.astro';
import ServiceHeading from './ServiceHeading.astro';
import HeadingInReport from './HeadingInReport.astro';

export const mdxComponents = { Region, Scope, h2: ServiceHeading, p: Paragraph, li: ListItem, table: ReportTable };

/** In the full report a part's `##` headings (a category's services) are one level below the part's own. */
export const mdxComponentsInReport = { ...mdxComponents, h2: HeadingInReport };
