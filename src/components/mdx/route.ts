import type { AstroGlobal } from 'astro';
import type { PageRoute } from '../../route-data.ts';

/**
 * The route data of the page an MDX component is rendered in (set by src/middleware.ts): MDX components get
 * only the props the content gives them, so this is how they learn which report they are in.
 */
export function routeOf(astro: AstroGlobal): PageRoute {
  const { route } = astro.locals;
  if (!route)
    throw new Error(`${astro.self.name ?? 'an MDX component'} rendered outside a report page: pages pass props.route (src/route-data.ts)`);
  return route;
}
