/**
 * The only script on text pages, kept tiny on purpose: it imports nothing up front.
 * - "/" (when not typing in a field) moves focus to the search box: the header's, or on /search/ the page's own.
 * - The first time a visitor focuses or presses on the header box, it loads the search popup (and, through it,
 *   Pagefind). Until then no search code or index is fetched. Without JavaScript the header form still
 *   submits to /search/, and if the popup cannot load, it still does.
 * The popup's address comes from the inert <script> that Header.astro puts in a <template> (Astro bundles it
 * and writes its hashed, base-aware address there). Importing it by that address, rather than with
 * import('./search-popup'), keeps Vite's preload helper, a static import, out of this module.
 */
const form = document.querySelector<HTMLFormElement>('form[data-site-search]');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
/** On /search/ the page has its own box and results; the header box then stays a plain form. */
const pageBox = document.querySelector<HTMLInputElement>('form[data-search-form] input[name="q"]');

(pageBox ?? input)?.setAttribute('aria-keyshortcuts', '/');

const isTyping = (el: EventTarget | null): boolean =>
  el instanceof HTMLElement &&
  (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));

document.addEventListener('keydown', (e) => {
  const box = pageBox ?? input;
  if (
    e.key !== '/' ||
    e.ctrlKey ||
    e.metaKey ||
    e.altKey ||
    e.defaultPrevented ||
    !box ||
    isTyping(e.target)
  )
    return;
  e.preventDefault();
  box.focus();
  box.select();
});

if (form && input && !pageBox) {
  // A combobox from the start, so assistive technology meets the same control before and after the popup loads.
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', 'site-search-results');
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    const src = document
      .querySelector<HTMLTemplateElement>('template[data-search-popup]')
      ?.content.querySelector('script')
      ?.getAttribute('src');
    if (!src) return;
    import(/* @vite-ignore */ src).then(
      (popup: typeof import('./search-popup')) => popup.initSearchPopup(form, input),
      () => (started = false),
    );
  };
  input.addEventListener('focus', start);
  input.addEventListener('pointerdown', start);
  if (document.activeElement === input) start();
}
