/**
 * The search dialog, loaded on first use by search-loader.ts: Pagefind's <pagefind-modal> (a native
 * modal <dialog>: Escape closes it and focus returns to where it was) holding the shared search parts,
 * and a link that opens the same query on the /search/ page, where it can be shared.
 */
import { catalogUrl, searchUrl } from '../../lib/urls.ts';
import {
  loadSearch,
  searchPageUrl,
  searchParts,
  searchPeriods,
  SearchUnavailable,
  unavailableMessage,
  type SearchInstance,
} from './search-ui.ts';

interface ModalElement extends HTMLElement {
  open(): void;
  close(): void;
  readonly isOpen: boolean;
}

let opening: Promise<void> | undefined;

// This module runs on the reader's first move towards search (search-loader.ts): start loading Pagefind.
const ready = loadSearch().catch(() => undefined);

// Requests to open come from the loader, as a flag on the control and an event: the flag covers a request
// made before this module ran.
const control = document.querySelector<HTMLAnchorElement>('[data-search-control]');
const handleRequest = () => {
  if (!control || !('searchOpen' in control.dataset)) return;
  delete control.dataset['searchOpen'];
  void openSearch(control);
};
document.addEventListener('search:open', handleRequest);
handleRequest();

/** Opens search: the /search/ page's own input if this is that page, the dialog otherwise. */
export function openSearch(control?: HTMLAnchorElement | null): Promise<void> {
  const searchPage = document.querySelector<HTMLElement>('[data-search-page]');
  opening ??= (searchPage ? focusPage(searchPage, control) : show(control)).finally(() => (opening = undefined));
  return opening;
}

/** On the /search/ page, its own input (built by search-page.ts once search has loaded) takes the focus. */
async function focusPage(searchPage: HTMLElement, control?: HTMLAnchorElement | null): Promise<void> {
  await ready;
  const input = searchPage.querySelector<HTMLInputElement>('input[type="search"]');
  const typed = takeTyped(control);
  if (!input) return;
  input.focus();
  if (typed) {
    input.value = typed;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  } else {
    input.select();
  }
}

async function show(control?: HTMLAnchorElement | null): Promise<void> {
  await ready;
  let instance: SearchInstance;
  try {
    instance = await loadSearch();
  } catch (error) {
    takeTyped(control);
    showUnavailable(error instanceof SearchUnavailable ? error.message : unavailableMessage, control);
    return;
  }
  const modal = document.querySelector<ModalElement>('pagefind-modal.sr-modal') ?? createModal(instance, control);
  if (!modal.isOpen) modal.open();
  // Pagefind's modal focuses its input on the next frame; make sure it has, which hands it what was typed.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const input = modal.querySelector<HTMLInputElement>('pagefind-input input');
  input?.focus();
  // Letters handed over while Pagefind's input was still wiring itself up can miss its search: ask again
  // for what the input holds now (the same term twice is one search, debounced).
  if (input?.value) input.dispatchEvent(new Event('input', { bubbles: true }));
}

/**
 * Puts what the reader typed before the input had the focus (kept by search-loader.ts) into the input.
 * It runs as the input takes the focus: later keys go straight to the input, so the letters stay in order.
 */
function insertTyped(input: HTMLInputElement, control?: HTMLAnchorElement | null): void {
  const typed = takeTyped(control);
  if (!typed) return;
  input.value += typed;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

/** What the reader typed between asking for search and its input taking the focus (see search-loader.ts). */
function takeTyped(control?: HTMLAnchorElement | null): string {
  if (!control) return '';
  const typed = control.dataset['searchTyped'] ?? '';
  delete control.dataset['searchTyped'];
  delete control.dataset['searchPending'];
  return typed;
}

function createModal(instance: SearchInstance, control?: HTMLAnchorElement | null): ModalElement {
  // In the dialog, Escape closes it (Pagefind's modal handles the key before the input would clear it).
  instance.setTranslations({ keyboard_clear: 'close' });
  const searchPage = control?.dataset['searchPageUrl'] ?? searchUrl('');
  const search = searchParts(instance, { placeholder: 'Search the report: a service, S3, encryption keys…', searchPage });
  const pageLink = Object.assign(document.createElement('a'), { className: 'sr-page-link', href: searchPage });
  pageLink.textContent = 'Open as a page to share';
  instance.on('search', (term, filters) => {
    pageLink.href = searchPageUrl(term, filters, searchPage, searchPeriods().current);
  });
  // The results shown are always the whole query's: should results come for another term than the input holds
  // (letters that reached the input while Pagefind's own handler was still being wired up), search again.
  instance.on('results', () => {
    const input = modal.querySelector<HTMLInputElement>('pagefind-input input');
    if (input && input.value.trim() !== instance.searchTerm.trim()) input.dispatchEvent(new Event('input', { bubbles: true }));
  });

  // Pagefind's modal and modal header move their children as they connect, and a custom element moved
  // that way initialises twice (two close buttons, two inputs). So each container is put in place first
  // and filled after: the modal gets one plain container, the header's content goes into its wrapper.
  const modal = document.createElement('pagefind-modal') as ModalElement;
  modal.classList.add('sr-modal');
  modal.addEventListener('focusin', (event) => {
    if (event.target instanceof HTMLInputElement && event.target.closest('pagefind-input')) insertTyped(event.target, control);
  });
  const parts = Object.assign(document.createElement('div'), { className: 'sr-modal-parts' });
  modal.append(parts);
  document.body.append(modal);
  const header = document.createElement('pagefind-modal-header');
  const body = document.createElement('pagefind-modal-body');
  const footer = document.createElement('pagefind-modal-footer');
  parts.append(header, body, footer);
  (header.querySelector('.pf-modal-header-content') ?? header).append(search.input, search.filters);
  body.append(search.summary, search.suggestions, search.results);
  footer.append(document.createElement('pagefind-keyboard-hints'), pageLink);
  const dialogId = modal.querySelector('dialog')?.id;
  if (dialogId) control?.setAttribute('aria-controls', dialogId);
  return modal;
}

/** A plain dialog saying search is unavailable, with the way to the services catalog. */
function showUnavailable(message: string, control?: HTMLAnchorElement | null): void {
  let dialog = document.querySelector<HTMLDialogElement>('dialog.sr-unavailable');
  if (!dialog) {
    dialog = document.createElement('dialog');
    dialog.className = 'sr-unavailable';
    dialog.setAttribute('aria-labelledby', 'sr-unavailable-title');
    const title = Object.assign(document.createElement('h2'), { id: 'sr-unavailable-title', textContent: 'Search' });
    const text = Object.assign(document.createElement('p'), { textContent: message });
    const catalog = Object.assign(document.createElement('a'), {
      href: control?.href ?? catalogUrl(''),
      textContent: 'Browse the services catalog',
    });
    const close = Object.assign(document.createElement('button'), { type: 'button', textContent: 'Close' });
    close.addEventListener('click', () => dialog?.close());
    const actions = document.createElement('p');
    actions.append(catalog, ' ', close);
    dialog.append(title, text, actions);
    document.body.append(dialog);
  }
  dialog.showModal();
}
