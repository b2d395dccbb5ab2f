/**
 * The site's icon (public/favicon.svg) as the raster files some readers need: a 180 px PNG for iOS home screens
 * (`apple-touch-icon`) and `/favicon.ico` (16, 32 and 48 px) for tools that ask for it by name.
 */
import { Resvg } from '@resvg/resvg-js';
import pngToIco from 'png-to-ico';

const png = (svg: string, size: number, background?: string): Buffer =>
  new Resvg(svg, { fitTo: { mode: 'width', value: size }, ...(background ? { background } : {}) }).render().asPng();

/** The iOS home-screen icon: 180 px, opaque (iOS fills transparent corners with black, then rounds its own). */
export const appleTouchIcon = (svg: string): Buffer => png(svg, 180, 'white');

export const faviconIco = (svg: string): Promise<Buffer> => pngToIco([16, 32, 48].map((size) => png(svg, size)));
