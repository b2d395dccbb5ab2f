/** Copying links to headings, pages and passages, and the Web Share sheet; run on first use (see share-boot.ts). */
import { textFragmentUrl } from '../lib/text-fragment.ts';
import type { ShareRequest, ShareWindow } from './share-queue.ts';

const here = () => `${location.origin}${location.pathname}`;

/** Says something in the page's status region (announced to screen readers, shown briefly). */
function confirm(message: string): void {
  const toast = document.querySelector<HTMLElement>('.toast');
  if (!toast) return;
  toast.textContent = message;
  toast.dataset['shown'] = '';
  clearTimeout(Number(toast.dataset['timer']));
  toast.dataset['timer'] = String(setTimeout(() => delete toast.dataset['shown'], 2500));
}

async function copy(url: string, what: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(url);
    confirm(`Link to ${what} copied`);
  } catch {
    confirm(`Could not copy: the link is ${url}`);
  }
}

/** Handles a click on a heading anchor, a "Copy link" or a "Share" button. */
async function act(control: HTMLElement): Promise<void> {
  if (control.matches('.heading-anchor')) {
    const hash = control.getAttribute('href')!;
    history.replaceState(null, '', hash);
    await copy(`${here()}${hash}`, 'this heading');
  } else if (control.matches('[data-copy-link]')) {
    await copy(here(), 'this page');
  } else if (control.matches('[data-share]')) {
    await navigator.share({ title: document.title, url: here() }).catch(() => undefined);
  }
}

let quoteButton: HTMLButtonElement | undefined;

/** Offers "Copy link to this passage" beside the selected report text. */
function offerQuote(): void {
  const selection = getSelection();
  const text = selection?.toString() ?? '';
  const url = textFragmentUrl(here(), text);
  if (!selection || selection.rangeCount === 0 || !url) return;
  if (!quoteButton) {
    quoteButton = document.createElement('button');
    quoteButton.type = 'button';
    quoteButton.className = 'quote-link';
    quoteButton.textContent = 'Copy link to this passage';
    quoteButton.addEventListener('click', () => {
      void copy(quoteButton!.dataset['url']!, 'this passage');
      quoteButton!.hidden = true;
    });
    document.addEventListener('selectionchange', () => {
      if (getSelection()?.isCollapsed && document.activeElement !== quoteButton) quoteButton!.hidden = true;
    });
    document.body.append(quoteButton);
  }
  const rect = selection.getRangeAt(0).getBoundingClientRect();
  quoteButton.dataset['url'] = url;
  quoteButton.style.top = `${rect.bottom + scrollY + 8}px`;
  quoteButton.style.left = `${Math.max(8, Math.min(rect.left + scrollX, innerWidth - 240))}px`;
  quoteButton.hidden = false;
}

// share-boot.ts created the queue and put this script into the page.
const queue = (window as ShareWindow).soc3Share ?? { pending: [] };
queue.handle = (request: ShareRequest) => (request.kind === 'act' ? void act(request.control) : offerQuote());
for (const request of queue.pending.splice(0)) queue.handle(request);
