/**
 * The build's reader of its own HTML: pages parsed by parse5 (the HTML standard's parsing algorithm), never by
 * regular expressions, so text that looks like markup (an escaped `<script`, a `>` in an attribute, a quoted
 * `</script>`) is read as the browser reads it. Edits are made on the page's own text at the positions the
 * parser reports, so everything else in the page stays byte for byte as Astro wrote it.
 */
import { defaultTreeAdapter, parse, type DefaultTreeAdapterTypes as T } from 'parse5';

/** An element of a page, `<template>` contents included (their scripts run when inserted). */
export interface HtmlElement {
  tag: string;
  /** Attribute values, entities decoded. */
  attrs: Record<string, string>;
  /** The text of a raw-text element (`<script>`, `<style>`) as the browser reads it; '' when it has none. */
  text: string;
  /** Where that text sits in the page (`[start, end)`), also when empty; undefined for other elements. */
  textSpan: [number, number] | undefined;
  /** Where each attribute (`name="value"`) sits in the page. */
  attrSpans: Record<string, [number, number]>;
}

const isElement = (node: T.ChildNode): node is T.Element => 'tagName' in node;

/** Every element of a page, in document order. */
export function htmlElements(html: string): HtmlElement[] {
  const found: HtmlElement[] = [];
  const visit = (parent: T.ParentNode) => {
    for (const node of parent.childNodes) {
      if (!isElement(node)) continue;
      const location = node.sourceCodeLocation;
      const text = node.childNodes.find((c): c is T.TextNode => c.nodeName === '#text');
      const rawText = node.tagName === 'script' || node.tagName === 'style';
      const textStart = text?.sourceCodeLocation?.startOffset ?? location?.startTag?.endOffset;
      const textEnd = text?.sourceCodeLocation?.endOffset ?? textStart;
      found.push({
        tag: node.tagName,
        attrs: Object.fromEntries(node.attrs.map((a) => [a.name, a.value])),
        text: rawText ? (text?.value ?? '') : '',
        textSpan: rawText && textStart !== undefined && textEnd !== undefined ? [textStart, textEnd] : undefined,
        attrSpans: Object.fromEntries(
          Object.entries(location?.attrs ?? {}).map(([name, at]) => [name, [at.startOffset, at.endOffset] as [number, number]]),
        ),
      });
      visit(node.tagName === 'template' ? (node as T.Template).content : node);
    }
  };
  visit(parse(html, { sourceCodeLocationInfo: true }));
  return found;
}

/** The first element with this tag whose attributes include all of `having` (names and values, compared case-insensitively). */
export function findElement(elements: readonly HtmlElement[], tag: string, having: Record<string, string>): HtmlElement | undefined {
  return elements.find(
    (e) => e.tag === tag && Object.entries(having).every(([name, value]) => e.attrs[name]?.toLowerCase() === value.toLowerCase()),
  );
}

/**
 * The attributes of the first element with this tag whose attributes include all of `having` (as findElement
 * compares them), parsing the page only up to it: a page's head is a small part of it. The parser builds the
 * elements in document order (`<template>` contents included), so this is findElement over htmlElements.
 */
export function firstElementAttrs(html: string, tag: string, having: Record<string, string>): Record<string, string> | undefined {
  const found = new Error('found');
  let attrs: Record<string, string> | undefined;
  const treeAdapter = {
    ...defaultTreeAdapter,
    createElement(...args: Parameters<typeof defaultTreeAdapter.createElement>) {
      const [name, , list] = args;
      const values = Object.fromEntries(list.map((a) => [a.name, a.value]));
      if (name === tag && Object.entries(having).every(([n, v]) => values[n]?.toLowerCase() === v.toLowerCase())) {
        attrs = values;
        // Stops the parse: nothing after the element is needed.
        throw found;
      }
      return defaultTreeAdapter.createElement(...args);
    },
  };
  try {
    parse(html, { treeAdapter });
  } catch (error) {
    if (error !== found) throw error;
  }
  return attrs;
}

/** A change to a page: the text at `span` replaced by `text`. */
export interface HtmlEdit {
  span: [number, number];
  text: string;
}

/** The page with each span replaced by its text; spans must not overlap. */
export function spliceHtml(html: string, edits: readonly HtmlEdit[]): string {
  let out = html;
  for (const { span, text } of [...edits].sort((a, b) => b.span[0] - a.span[0]))
    out = `${out.slice(0, span[0])}${text}${out.slice(span[1])}`;
  return out;
}

/** An attribute as HTML writes it: `name="value"`, the value escaped for a double-quoted attribute. */
export const htmlAttribute = (name: string, value: string) => `${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;
