import { defineMiddleware } from 'astro:middleware';
import type { PageRoute } from './route-data.ts';

/**
 * Hands each page's route data to every component it renders as `Astro.locals.route`, the way Starlight
 * hands `starlightRoute`: MDX components (`<Region>`, `<Scope>`, service headings) get only the props the
 * content gives them, so this is how they learn which report they are in. The data is the page's own
 * `props.route`, from its getStaticPaths (src/route-data.ts); nothing is looked up from the URL.
 */
export const onRequest = defineMiddleware((context, next) => {
  const { route } = context.props as { route?: PageRoute };
  if (route) context.locals.route = route;
  return next();
});
