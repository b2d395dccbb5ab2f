/** The components report MDX may use, passed to every `<Content />`. */
import Region from './Region.astro';
import Scope from './Scope.astro';
import ServiceHeading from './ServiceHeading.astro';

export const mdxComponents = { Region, Scope, h2: ServiceHeading };
