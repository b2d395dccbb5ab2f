import type { APIRoute } from 'astro';
import { changesPaths, type ChangesRoute } from '../../route-data.ts';
import { changesRecord } from '../../lib/changes-export.ts';

export const getStaticPaths = changesPaths;

/** What changed in the period against the one before, as on its "What changed" page. */
export const GET: APIRoute<{ route: ChangesRoute }> = ({ props, site }) =>
  new Response(`${JSON.stringify(changesRecord(props.route.changes, props.route.periods, site), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
