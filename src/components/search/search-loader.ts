/**
 * The only search code a page runs before the reader asks for search. It listens for `/`, Ctrl+K and
 * Cmd+K, and for focus, hover, touch or a click on the header's search control; only then does it put the search
 * dialog's script into the page (search-dialog.ts, which loads Pagefind). A page opened from a search
 * result (`?highlight=…`) gets the highlighter the same way. Without JavaScript the control stays a
 * link to the services catalog.
 *
 * The two scripts wait, bundled but inert, in <template>s that SearchControl.astro renders; moving one
 * into the document runs it. That is a lazy import without `import()`, for which Vite would add its
 * module-preload helper (about 0.9 KB compressed) to every page. This script imports nothing, so Astro
 * inlines it: no request before the reader asks for search.
 */

const control = document.querySelector<HTMLAnchorElement>('[data-search-control]');

const inject = (name: string) => {
  const template = document.querySelector<HTMLTemplateElement>(`template[data-search-${name}]`);
  if (!template) return;
  template.remove();
  const script = template.content.querySelector('script');
  // Should the dialog not load, a reader who asked for it goes where the control leads without script.
  if (script) script.onerror = () => control && 'searchOpen' in control.dataset && location.assign(control.href);
  document.head.append(template.content);
};

// The dialog module handles the request once it runs (at once when it already has). Until its input has
// the focus, what the reader types is kept for it (`searchTyped`), so a quick "/kms" loses no letter.
const request = (event: Event) => {
  event.preventDefault();
  if (control) control.dataset['searchOpen'] = control.dataset['searchPending'] = '';
  inject('dialog');
  document.dispatchEvent(new Event('search:open'));
};

if (control) {
  control.setAttribute('aria-haspopup', 'dialog');
  control.addEventListener('click', request);
  // Search starts loading on the reader's first move towards it: focus, hover or touch of the control.
  for (const intent of ['focus', 'pointerenter', 'touchstart'])
    control.addEventListener(intent, () => inject('dialog'), { once: true, passive: true });
  document.addEventListener('keydown', (e) => {
    const t = e.target as HTMLElement;
    const typing = t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName);
    const mod = e.ctrlKey || e.metaKey;
    if ((e.key === '/' && !typing && !mod && !e.altKey) || (mod && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'k')) request(e);
    else if ('searchPending' in control.dataset && !typing && !mod && !e.altKey && e.key.length === 1) {
      e.preventDefault();
      control.dataset['searchTyped'] = (control.dataset['searchTyped'] ?? '') + e.key;
    }
  });
  const param = control.dataset['highlightParam'];
  if (param && new URLSearchParams(location.search).has(param)) inject('highlight');
}

export {};
