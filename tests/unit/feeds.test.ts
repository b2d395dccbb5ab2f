/**
 * The feeds (src/lib/feeds.ts) with hostile text in a correction note: each parsed by a real parser (saxes, a
 * strict XML parser; JSON.parse), and each HTML field by parse5, as a feed reader would.
 */
import { parse } from 'parse5';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { htmlElements } from '../../src/lib/built-html.ts';
import { atomFeed, jsonFeed } from '../../src/lib/feeds.ts';
import { joinPeriods } from '../../src/lib/periods.ts';
import { smallPeriods } from '../helpers/small-report.ts';

const note = 'a </script><script>alert(1)</script> <b>bold</b> & “quoted”\fafter a form feed\u0007';
const organization = 'Amazon Web Services, Inc. <AWS> & Co';

function periodsWithNote() {
  const pinned = smallPeriods({
    id: '2017-04-01--2017-09-30',
    categories: { Storage: { 'Amazon Glacier': ['Archival storage.'] } },
  });
  for (const report of pinned) {
    report.facts.organization = organization;
    report.facts.site.corrections.push({ date: new Date('2026-12-01'), note });
  }
  const { periods, problems } = joinPeriods(pinned);
  expect(problems).toEqual([]);
  return periods!;
}

/** An XML document as its elements' names and texts, parsed strictly (a well-formedness error throws). */
function parseXml(xml: string): { name: string; attributes: Record<string, string>; text: string }[] {
  const parser = new SaxesParser({ xmlns: true });
  const elements: { name: string; attributes: Record<string, string>; text: string }[] = [];
  const open: (typeof elements)[number][] = [];
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    const element = {
      name: tag.local,
      attributes: Object.fromEntries(Object.entries(tag.attributes).map(([k, a]) => [k, a.value])),
      text: '',
    };
    elements.push(element);
    open.push(element);
  });
  parser.on('text', (text) => void (open.at(-1) && (open.at(-1)!.text += text)));
  parser.on('cdata', (text) => void (open.at(-1) && (open.at(-1)!.text += text)));
  parser.on('closetag', () => void open.pop());
  parser.write(xml).close();
  return elements;
}

/** What a feed reader shows of an HTML field: its text, and the elements it would create. */
function readHtml(html: string): { text: string; tags: string[] } {
  const fragment = parse(`<body>${html}`);
  const text = (node: unknown): string => {
    const n = node as { value?: string; childNodes?: unknown[] };
    return n.value ?? (n.childNodes ?? []).map(text).join('');
  };
  return {
    text: text(fragment),
    tags: htmlElements(html)
      .map((e) => e.tag)
      .filter((t) => !['html', 'head', 'body'].includes(t)),
  };
}

const cleanNote = note.replaceAll('\f', ' ').replaceAll('\u0007', ' ');

describe('the feeds with markup and control characters in a correction note', () => {
  const periods = periodsWithNote();
  const site = 'https://soc3.example.com/';

  it('Atom: well-formed XML; its html-typed title and summary show the note as text, no element from it', () => {
    const elements = parseXml(atomFeed(periods, site));
    const entries = elements.filter((e) => e.name === 'summary' || e.name === 'title' || e.name === 'content');
    const summaries = elements.filter((e) => e.name === 'summary').map((e) => readHtml(e.text));
    expect(summaries.some((s) => s.text.endsWith(`: ${cleanNote}`))).toBe(true);
    for (const e of entries) {
      if (e.attributes['type'] === 'html')
        expect(
          readHtml(e.text).tags.filter((t) => t !== 'p' && t !== 'a'),
          e.text,
        ).toEqual([]);
      expect(e.text).not.toMatch(/[^\P{Cc}\t\n\r]/u);
    }
    expect(elements.find((e) => e.name === 'rights')?.text).toContain(organization);
  });

  it('JSON Feed: parses; plain-text fields hold the text as it is, HTML fields show it as text', () => {
    const feed = JSON.parse(jsonFeed(periods, site)) as { items: { title: string; summary?: string; content_html: string }[] };
    const correction = feed.items.find((i) => i.title.startsWith('Corrected'))!;
    expect(correction.summary).toMatch(new RegExp(`: ${cleanNote.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    expect(readHtml(correction.content_html)).toEqual({ text: correction.summary, tags: ['p'] });
    const published = feed.items.find((i) => i.title.startsWith('Published'))!;
    expect(published.summary).toContain(organization);
    expect(readHtml(published.content_html).tags).toEqual(['p', 'p', 'a', 'a']);
    expect(readHtml(published.content_html).text).toContain(organization);
  });
});
