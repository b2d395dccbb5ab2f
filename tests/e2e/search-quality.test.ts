import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { pagefindOptions } from '../../src/components/search/search-config.ts';
import { matchesWholeWords, suggest, type SuggestionData } from '../../src/lib/search-words.ts';
import { suggestionsUrl } from '../../src/lib/urls.ts';
import { useSite } from '../helpers/browser.ts';
import { neverUsed, qualityCases, typoCases } from './search-queries.ts';

/**
 * Search quality: the queries staff and customers type, each of which must bring up its service among
 * the first three results. Searches run in Chromium against the built index with the site's own
 * options (search-config.ts), the way the dialog and the /search/ page run them.
 */
const site = useSite();
let page: Page;
beforeAll(async () => {
  page = await site.browser.newPage();
  await page.goto(`${site.origin}/`);
  // A string, so that Vitest does not rewrite the browser's import() as its own.
  await page.evaluate(`import('/pagefind/pagefind.js').then(async (pagefind) => {
    await pagefind.options(${JSON.stringify(pagefindOptions)});
    window.pagefind = pagefind;
  })`);
});

/**
 * The paths of the first `n` results for a query, as the interface shows them: none when the query's words matched
 * only truncated (src/lib/search-words.ts, applied by search-ui.ts to every search).
 */
async function topResults(query: string, n = 3): Promise<string[]> {
  const { paths, firstWords } = await page.evaluate(
    async ({ query, n }) => {
      type Data = { url: string; content: string; meta: Record<string, string> };
      type Result = { data: () => Promise<Data> };
      const { pagefind } = window as unknown as { pagefind: { search: (q: string) => Promise<{ results: Result[] }> } };
      const { results } = await pagefind.search(query);
      const data = await Promise.all(results.slice(0, n).map((r) => r.data()));
      const first = data[0];
      return {
        paths: data.map((d) => new URL(d.url, location.href).pathname),
        firstWords: first ? [first.content, ...Object.values(first.meta)].join(' ') : '',
      };
    },
    { query, n },
  );
  return paths.length > 0 && matchesWholeWords(query, firstWords) ? paths : [];
}

describe('search quality: the expected service is among the first three results', () => {
  it('has at least 20 queries of each way of asking together, and at least 5 of each', () => {
    expect(qualityCases.length).toBeGreaterThanOrEqual(20);
    for (const by of ['name', 'abbreviation', 'function', 'later name'] as const)
      expect(qualityCases.filter((c) => c.by === by).length).toBeGreaterThanOrEqual(5);
  });

  it.each(qualityCases)('$by: "$query" finds $expect', async ({ query, expect: slug }) => {
    expect(await topResults(query)).toContain(`/services/${slug}/`);
  });

  it("ranks an abbreviation's own service first", async () => {
    for (const [query, slug] of [
      ['S3', 'amazon-simple-storage-service-s3'],
      ['EC2', 'amazon-elastic-compute-cloud-ec2'],
      ['ECS', 'amazon-ec2-container-service-ecs'],
      ['IAM', 'aws-identity-and-access-management-iam'],
    ]) {
      expect((await topResults(query!, 1))[0], query).toBe(`/services/${slug}/`);
    }
  });

  it('indexes each description once: no category page is found by words only its services use', async () => {
    const paths = await topResults('terabytes', 10);
    expect(paths).toEqual(['/services/amazon-simple-storage-service-s3/']);
  });

  it.each(neverUsed)('finds nothing for "%s", a word the report never uses', async (query) => {
    expect(await topResults(query, 10)).toEqual([]);
  });

  it.each(typoCases)('suggests "$first" first for "$query"', async ({ query, first }) => {
    const data = (await (await fetch(new URL(suggestionsUrl, site.origin))).json()) as SuggestionData;
    expect(suggest(query, data)[0]).toBe(first);
  });

  it("keeps the site's own words out of the index", async () => {
    // Words the report never uses, on every service page in the site's navigation, facts and controls.
    for (const word of ['previous', 'copy']) expect(await topResults(word, 10), word).toEqual([]);
  });
});
