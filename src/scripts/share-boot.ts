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

/*
 * The link controls of headings and blocks are out of the tab order, or the full report would have hundreds of
 * tab stops. Tab from the reader's place in the text focuses the control of the block or heading they are in, in
 * one step: where they arrived by a link (the contents, a shared #id), else where they clicked, found or selected
 * text. From the control, Tab goes on through the page as usual.
 */
let arrived: { hash: string; from: Element | null } | undefined;
const noteArrival = () => (arrived = { hash: decodeURIComponent(location.hash.slice(1)), from: document.activeElement });
noteArrival();
addEventListener('hashchange', noteArrival);
document.addEventListener('pointerdown', () => (arrived = undefined));
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Tab' || event.shiftKey || event.altKey || event.ctrlKey || event.metaKey) return;
  const active = document.activeElement;
  const idle = !active || active === document.body || active.id === 'main';
  const target = arrived?.hash && (idle || active === arrived.from) ? document.getElementById(arrived.hash) : null;
  // A table's scroll box takes the focus when the reader clicks in the table: Tab from it reaches the table's control.
  const box = active?.matches('.report-table > .scroll') ? active : undefined;
  const place = target ?? box ?? (idle ? getSelection()?.focusNode : undefined);
  arrived = undefined;
  const block = (place instanceof Element ? place : place?.parentElement)?.closest(
    '.report-text :is(p, li, h2, h3, h4, h5, h6, .report-table)',
  );
  const control = block && Array.from(block.children).find((c): c is HTMLElement => c.matches('.link-control'));
  // From the control itself (its link just copied, which makes its block the address's target), Tab moves on.
  if (!control || control === active) return;
  control.focus();
  // Tab is taken over only when the control did take the focus; otherwise it moves on as the browser's.
  if (document.activeElement === control) event.preventDefault();
});
