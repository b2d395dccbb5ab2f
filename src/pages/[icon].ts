import type { APIRoute } from 'astro';
import icon from '../../public/favicon.svg?raw';
import { appleTouchIcon, faviconIco } from '../lib/icon-files.ts';
import { iconFiles } from '../lib/urls.ts';

const files: Record<string, () => Promise<{ body: Buffer; type: string }>> = {
  [iconFiles.appleTouch.slice(1)]: async () => ({ body: appleTouchIcon(icon), type: 'image/png' }),
  [iconFiles.ico.slice(1)]: async () => ({ body: await faviconIco(icon), type: 'image/x-icon' }),
};

export const getStaticPaths = () => Object.keys(files).map((icon) => ({ params: { icon } }));

export const GET: APIRoute = async ({ params }) => {
  const { body, type } = await files[params['icon']!]!();
  return new Response(new Uint8Array(body), { headers: { 'Content-Type': type } });
};
