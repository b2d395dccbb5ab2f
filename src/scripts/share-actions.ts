/**
 * Copying links to pages, headings and passages, citations, and the Web Share sheet; run on first use (see
 * share-boot.ts). The link each control copies is the one that fits the page's period: the root URL on the
 * latest period's pages, the pinned URL on an older period's (the page's <body> carries both, and the
 * citation's parts: src/lib/share-data.ts), on the site's public URL whatever host the page was opened at. A heading's or passage's control copies its link, then offers the
 * other link and a citation in a small menu beside it.
 */
import { citation, type CitationSource } from '../lib/citation.ts';
import { blockPlace } from '../lib/report-blocks.ts';
import { textFragmentUrl } from '../lib/text-fragment.ts';
import type { ShareRequest, ShareWindow } from './share-queue.ts';

const page = document.body.dataset;
/** A link as the page gives it: already absolute on the site's public URL, or root-relative where it has none. */
const absolute = (url: string | undefined) => new URL(url ?? location.pathname, location.href).href;
/** The page's links: the one that fits, the pinned one (whose text never changes), and the other one offered. */
const links = {
  share: absolute(page['shareUrl']),
  pinned: absolute(page['pinnedUrl']),
  other: page['otherUrl'] ? absolute(page['otherUrl']) : undefined,
};
const otherLabel = page['otherIs'] === 'pinned' ? 'Copy pinned link' : 'Copy link to the latest report';
const pageSource: CitationSource = {
  report: page['citeReport'] ?? document.title,
  part: page['citePart'] ?? document.title,
  kind: page['citeKind'] ?? '',
};

/** Says something in the page's status region (announced to screen readers, shown briefly). */
function confirm(message: string): void {
  const toast = document.querySelector<HTMLElement>('.toast');
  if (!toast) return;
  toast.textContent = message;
  toast.dataset['shown'] = '';
  clearTimeout(Number(toast.dataset['timer']));
  toast.dataset['timer'] = String(setTimeout(() => delete toast.dataset['shown'], 2500));
}

async function copy(text: string, done: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    confirm(done);
  } catch {
    confirm(`Could not copy: ${text}`);
  }
}

/** What a control links to, beyond the page: a heading's or a block's anchor, or a passage's text fragment. */
interface Target {
  /** Appended to a page URL: `#id` or `#:~:text=…`. */
  suffix: string;
  /** What the copied link is to, for the confirmation: "this heading". */
  what: string;
  source: CitationSource;
}

const cite = (target: Target) =>
  copy(citation(target.source, `${links.pinned}${target.suffix}`, new Date()), `Citation of ${target.source.part} copied`);

/** The menu beside a heading's or passage's control: the other link and the citation. One, moved where needed. */
let menu: HTMLElement | undefined;
function offerMore(control: HTMLElement, target: Target): void {
  menu ??= Object.assign(document.createElement('span'), { className: 'link-menu' });
  menu.setAttribute('popover', 'auto');
  menu.setAttribute('role', 'group');
  menu.setAttribute('aria-label', 'More ways to share');
  const button = (label: string, action: () => Promise<void>) => {
    const b = Object.assign(document.createElement('button'), { type: 'button', className: 'action-button', textContent: label });
    b.addEventListener('click', () => void action().then(() => menu?.hidePopover()));
    return b;
  };
  const other = links.other;
  menu.replaceChildren(
    ...(other ? [button(otherLabel, () => copy(`${other}${target.suffix}`, `Link to ${target.what} copied`))] : []),
    button('Copy citation', () => cite(target)),
  );
  // Right after its control, so Tab goes from the control into the menu.
  control.after(menu);
  if (menu.matches(':popover-open')) menu.hidePopover();
  menu.showPopover();
  // In the page's coordinates (it is absolutely placed), so that it scrolls with its control.
  const at = control.getBoundingClientRect();
  menu.style.top = `${scrollY + Math.min(at.bottom + 6, innerHeight - menu.offsetHeight - 8)}px`;
  menu.style.left = `${scrollX + Math.max(8, Math.min(at.left, innerWidth - menu.offsetWidth - 8))}px`;
}

/**
 * Makes `hash` the page's address, as arriving by the link would: the block it names becomes the :target, which
 * the page marks (history.replaceState would change the address and leave the mark on the last one). The reader
 * stays where they are: the fragment's scroll is undone at once, before a frame is drawn, and the focus, which a
 * fragment's navigation moves to the page, goes back to the control.
 */
function retarget(hash: string): void {
  const [x, y, focused] = [scrollX, scrollY, document.activeElement];
  location.replace(hash);
  scrollTo(x, y);
  if (focused instanceof HTMLElement) focused.focus({ preventScroll: true });
}

/** A heading's target: its anchor, and its own words as the part cited (a service's name, a part's title). */
function headingTarget(control: HTMLElement): Target {
  const hash = control.getAttribute('href')!;
  const heading = control.closest('h1, h2, h3, h4, h5, h6');
  const part = heading?.firstChild?.textContent?.trim() || pageSource.part;
  return { suffix: hash, what: 'this heading', source: { ...pageSource, part, kind: control.dataset['citeKind'] ?? pageSource.kind } };
}

/**
 * A paragraph's or list item's target: its anchor; cited as its place in the part the heading before it names
 * (a service on a category page, a part on the full report), else in the page's part.
 */
function blockTarget(control: HTMLElement): Target {
  const hash = control.getAttribute('href')!;
  const before = [...document.querySelectorAll<HTMLElement>('main :is(h2, h3, h4)[id]')].filter(
    (h) => h.compareDocumentPosition(control) & Node.DOCUMENT_POSITION_FOLLOWING,
  );
  const heading = before.at(-1);
  const { source } = heading?.querySelector('.heading-anchor')
    ? headingTarget(heading.querySelector('.heading-anchor')!)
    : { source: pageSource };
  const place = blockPlace(hash.slice(1)) ?? 'paragraph';
  const what = place.includes('item') ? 'this list item' : 'this paragraph';
  return { suffix: hash, what, source: { ...source, kind: `${source.kind}, ${place}` } };
}

/** Handles a click on a heading's or block's anchor or on one of the page's share buttons. */
async function act(control: HTMLElement): Promise<void> {
  if (control.matches('.heading-anchor, .block-anchor')) {
    const target = control.matches('.block-anchor') ? blockTarget(control) : headingTarget(control);
    retarget(target.suffix);
    await copy(`${links.share}${target.suffix}`, `Link to ${target.what} copied`);
    offerMore(control, target);
  } else if (control.matches('[data-copy-link]')) {
    await copy(links.share, 'Link to this page copied');
  } else if (control.matches('[data-copy-other]') && links.other) {
    await copy(
      links.other,
      page['otherIs'] === 'pinned' ? 'Pinned link to this page copied' : 'Link to this page in the latest report copied',
    );
  } else if (control.matches('[data-cite]')) {
    await cite({ suffix: '', what: 'this page', source: pageSource });
  } else if (control.matches('[data-share]')) {
    await navigator.share({ title: document.title, url: links.share }).catch(() => undefined);
  }
}

let quoteButton: HTMLButtonElement | undefined;

/** Offers "Copy link to this passage" beside the selected report text. */
function offerQuote(): void {
  const selection = getSelection();
  const text = selection?.toString() ?? '';
  const url = textFragmentUrl(links.share, text);
  if (!selection || selection.rangeCount === 0 || !url) return;
  if (!quoteButton) {
    quoteButton = document.createElement('button');
    quoteButton.type = 'button';
    quoteButton.className = 'quote-link';
    quoteButton.textContent = 'Copy link to this passage';
    quoteButton.addEventListener('click', () => {
      const suffix = quoteButton!.dataset['suffix']!;
      const target: Target = {
        suffix,
        what: 'this passage',
        source: { ...pageSource, kind: `passage of ${pageSource.kind || 'the report'}` },
      };
      void copy(`${links.share}${suffix}`, 'Link to this passage copied').then(() => offerMore(quoteButton!, target));
    });
    document.addEventListener('selectionchange', () => {
      if (getSelection()?.isCollapsed && document.activeElement !== quoteButton && !menu?.matches(':popover-open'))
        quoteButton!.hidden = true;
    });
    document.body.append(quoteButton);
  }
  const rect = selection.getRangeAt(0).getBoundingClientRect();
  quoteButton.dataset['suffix'] = url.slice(links.share.length);
  quoteButton.style.top = `${rect.bottom + scrollY + 8}px`;
  quoteButton.style.left = `${Math.max(8, Math.min(rect.left + scrollX, innerWidth - 240))}px`;
  quoteButton.hidden = false;
}

// share-boot.ts created the queue and put this script into the page.
const queue = (window as ShareWindow).soc3Share ?? { pending: [] };
queue.handle = (request: ShareRequest) => (request.kind === 'act' ? void act(request.control) : offerQuote());
for (const request of queue.pending.splice(0)) queue.handle(request);
