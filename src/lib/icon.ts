/**
 * The site's icon as a `data:` URL, written into every page's `<link rel="icon">`: a browser then asks for
 * no icon file, the request that otherwise lands before the first paint on a first visit and again on
 * every page where the icon is not cached yet. Only the characters a URL cannot hold are escaped (spaces too:
 * the HTML standard allows none in an href), so the SVG stays about its own size.
 */
export const svgDataUrl = (svg: string): string =>
  `data:image/svg+xml,${svg
    .trim()
    .replace(/"/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/[ %#<>?[\\\]^`{|}]/g, encodeURIComponent)}`;
