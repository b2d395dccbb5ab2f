import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
export const distDir = fileURLToPath(new URL('../../dist/', import.meta.url));
/** The public URL the tests build the site with: local preview, as `npm start` does. */
export const localPreviewUrl = 'http://localhost:4321/';

export const fixturePath = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
