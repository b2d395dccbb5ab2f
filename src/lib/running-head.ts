/**
 * The printed page's running head: the site's name and the report's period in `@page` margin boxes. Chromium has
 * no `string-set`, so the words, which come from the report's facts, go into one small inline stylesheet per page
 * (its hash in the page's policy); the boxes' type and the "Page N of M" footer live in print.css.
 */

/** A CSS string literal: quotes and backslashes escaped, line breaks as spaces, `<` escaped so no `</style>` can end the sheet. */
export const cssString = (text: string): string =>
  `"${text
    .replace(/[\\"]/g, '\\$&')
    .replace(/[\r\n\f]+/g, ' ')
    .replace(/</g, '\\3c ')}"`;

/** `@page` rules naming the report at the top left and its period at the top right of every printed page. */
export const runningHeadCss = (siteName: string, period: string): string =>
  `@media print{@page{@top-left{content:${cssString(siteName)}}@top-right{content:${cssString(period)}}}}`;
