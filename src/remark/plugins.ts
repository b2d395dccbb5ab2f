import type { PluggableList } from 'unified';
import { isCategoryFile } from '../lib/content-layout.ts';
import remarkBlockIds from './block-ids.ts';
import remarkExternalLinks from './external-links.ts';
import remarkHeadingIds from './heading-ids.ts';
import remarkScope from './scope.ts';
import remarkServices from './services.ts';

/**
 * Our remark plugins, in the order they must run (block ids before the scope, which keeps the scope lists'
 * item ids): the build (astro.config.mjs) and the content tests (tests/helpers/content-pipeline.ts) both use
 * this list.
 */
export const remarkPlugins: PluggableList = [
  remarkHeadingIds,
  remarkExternalLinks,
  remarkBlockIds,
  remarkScope,
  [remarkServices, { isCategoryFile }],
];
