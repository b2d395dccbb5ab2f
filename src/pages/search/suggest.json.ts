import type { APIRoute } from 'astro';
import { searchVocabulary } from '../../route-data.ts';
import { suggestionData } from '../../lib/search-words.ts';

/**
 * What "did you mean" suggests from (src/lib/search-words.ts): the words of every period's report (names, service
 * descriptions, sections) and the names its services are searched by. One file for the site, fetched by the search
 * interface only after a search that found nothing.
 */
export const GET: APIRoute = () => {
  const texts: string[] = [];
  const names: string[] = [];
  for (const { report, names: searchNames } of searchVocabulary()) {
    names.push(...searchNames);
    for (const page of report.pages) {
      texts.push(page.title);
      if (page.kind === 'section') for (const block of page.blocks) texts.push(block.text);
    }
    for (const service of report.services) {
      texts.push(...service.paragraphs);
    }
  }
  return new Response(JSON.stringify(suggestionData(texts, names)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
