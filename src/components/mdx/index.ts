/** The components report MDX may use, passed to every `<Content />`. */
import ListItem from './ListItem.astro';
import Paragraph from './Paragraph.astro';
import Region from './Region.astro';
import Scope from './Scope.astro';
import ServiceHeading from './ServiceHeading.astro';
import ServiceHeadingInReport from './ServiceHeadingInReport.astro';

export const mdxComponents = { Region, Scope, h2: ServiceHeading, p: Paragraph, li: ListItem };

/** In the full report a category is an h3, so its services' headings are h4. */
export const mdxComponentsInReport = { ...mdxComponents, h2: ServiceHeadingInReport };
