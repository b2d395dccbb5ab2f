/**
 * Loaded on every page, before any interaction: only listeners. The copy, share and quote-link code
 * (share-actions.ts) waits, bundled but inert, in a <template>; moving it into the page the first time a
 * reader uses one of them runs it. (An `import()` would make Vite add its preload helper to every page.)
 */
import type { ShareQueue, ShareRequest, ShareWindow } from './share-queue.ts';

const queue: ShareQueue = ((window as ShareWindow).soc3Share ??= { pending: [] });
const template = document.querySelector<HTMLTemplateElement>('template[data-share-actions]');
const send = (request: ShareRequest) => {
  if (queue.handle) return queue.handle(request);
  queue.pending.push(request);
  if (template?.isConnected) {
    document.head.append(template.content);
    template.remove();
  }
};

if ('share' in navigator) for (const b of document.querySelectorAll<HTMLElement>('[data-share]')) b.hidden = false;
for (const b of document.querySelectorAll<HTMLElement>('[data-copy-link], [data-copy-other], [data-cite]')) b.hidden = false;

document.addEventListener('click', (event) => {
  const control = (event.target as Element).closest<HTMLElement>(
    '.heading-anchor, .block-anchor, [data-copy-link], [data-copy-other], [data-cite], [data-share]',
  );
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
