/** Reading Pagefind's results in a browser test, once they have settled. */
import type { Page } from 'playwright-core';

export interface ShownResult {
  title: string;
  /** The line under the title: the kind of page, its category, and a superseded period's label. */
  context: string;
  href: string;
}

/**
 * The results shown, in order, once the first `count` have loaded (Pagefind keeps a placeholder in a result's place
 * until its data has come, and loads them in any order), all are for what the input says now (a query typed
 * letter by letter shows the results of its first letters on the way; each result's link carries its words).
 */
export async function shownResults(page: Page, count = 1): Promise<ShownResult[]> {
  const handle = await page
    .waitForFunction(
      (count) => {
        const input = [...document.querySelectorAll<HTMLInputElement>('pagefind-input input')].find((i) => i.offsetParent !== null);
        const words = (input?.value ?? '').trim().toLowerCase().split(/\s+/).filter(Boolean).join(' ');
        const root = input?.closest('pagefind-modal, [data-search-page]');
        const items = [...(root?.querySelectorAll('pagefind-results li') ?? [])];
        const pending = items.findIndex((li) => !li.classList.contains('sr-result'));
        const loaded = pending === -1 ? items : items.slice(0, pending);
        const results = loaded.map((li) => ({
          title: li.querySelector('.sr-title')?.textContent ?? '',
          context: li.querySelector('.sr-context')?.textContent ?? '',
          href: li.querySelector<HTMLAnchorElement>('.sr-link')?.href ?? '',
        }));
        // The summary names the term once its search is done ("8 results for database"); while a search runs it
        // says "Searching for database...", above the previous query's list, which stays until the results come.
        // Pagefind keeps the results on screen when a longer query finds the same pages, so their links may still
        // carry a prefix of each word typed ("databas" for "database"), but one for every word.
        const summary = root?.querySelector('pagefind-summary')?.textContent?.toLowerCase() ?? '';
        const done = /^(\d+|no) results? for /.test(summary) && summary.includes(` for ${words}`);
        const typed = words.split(' ');
        const forEveryWord = (h: string) => {
          const marked = h.split(' ');
          return marked.length === typed.length && marked.every((m, i) => m !== '' && typed[i]!.startsWith(m));
        };
        const highlights = results.map((r) => new URL(r.href).searchParams.getAll('highlight').join(' ').toLowerCase());
        const current = words === '' || (done && highlights.every(forEveryWord));
        return results.length >= count && current && results;
      },
      count,
      { timeout: 20_000 },
    )
    .catch(async (error: Error) => {
      const state = await page.evaluate(() => ({
        input: [...document.querySelectorAll<HTMLInputElement>('pagefind-input input')].map((i) => i.value),
        // Each item's class, and for a loaded result the words its link highlights.
        items: [...document.querySelectorAll('pagefind-results li')].map((li) => {
          const href = li.querySelector<HTMLAnchorElement>('.sr-link')?.href;
          return href ? `${li.className} (${new URL(href).searchParams.getAll('highlight').join(' ')})` : li.className;
        }),
        summary: [...document.querySelectorAll('pagefind-summary')].map((s) => s.textContent),
      }));
      throw new Error(`the results did not settle: ${JSON.stringify(state)}`, { cause: error });
    });
  return (await handle.jsonValue()) as ShownResult[];
}
