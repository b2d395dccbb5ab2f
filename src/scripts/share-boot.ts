/**
 * Loaded on every page, before any interaction: only listeners. The copy, share and quote-link code
 * (share-actions.ts) waits in a <template> and runs the first time a reader uses one of them.
 */
import { runInertScript } from './inert-script.ts';
import { shareQueue, type ShareRequest } from './share-queue.ts';

const queue = shareQueue();
const send = (request: ShareRequest) => {
  if (queue.handle) return queue.handle(request);
  queue.pending.push(request);
  runInertScript(document.querySelector('template[data-share-actions]'));
};

if ('share' in navigator) for (const b of document.querySelectorAll<HTMLElement>('[data-share]')) b.hidden = false;
for (const b of document.querySelectorAll<HTMLElement>('[data-copy-link]')) b.hidden = false;

document.addEventListener('click', (event) => {
  const control = (event.target as Element).closest<HTMLElement>('.heading-anchor, [data-copy-link], [data-share]');
  if (!control) return;
  event.preventDefault();
  send({ kind: 'act', control });
});

const offerQuote = () => {
  const selection = getSelection();
  if (selection && !selection.isCollapsed && selection.anchorNode?.parentElement?.closest('.report-text')) send({ kind: 'quote' });
};
document.addEventListener('pointerup', offerQuote);
document.addEventListener('keyup', (e) => e.shiftKey && offerQuote());
