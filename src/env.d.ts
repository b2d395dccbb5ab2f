import type { PageRoute } from './route-data.ts';

declare global {
  namespace App {
    interface Locals {
      /** The route data of the page being rendered (src/middleware.ts); absent on pages without report content. */
      route?: PageRoute;
    }
  }
}
