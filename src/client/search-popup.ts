import {
  moveActive,
  popupStatus,
  resultTags,
  resultTitle,
  jobsMatchingHref,
  searchPageHref,
  type PagefindResult,
} from '#src/lib/search/results.ts';
import { pagefindLoader, searchTop } from './pagefind';

/** How many results the popup lists before its "See all results" option. */
const SHOWN = 5;
/** Shorter excerpts than the search page's, so five results fit under the header. */
const EXCERPT_WORDS = 14;

/**
 * Turn the header search box into a combobox with a listbox popup (the WAI-ARIA APG pattern): results as you
 * type, Down and Up move through them (focus stays in the box, aria-activedescendant names the active one),
 * Enter opens the active result or, with none active, submits the form to /search/; Escape closes the popup,
 * a second Escape empties the box; clicking or tabbing away closes it. Loaded by search-opener.ts on first use.
 */
export function initSearchPopup(form: HTMLFormElement, input: HTMLInputElement): void {
  const status = form.querySelector<HTMLElement>('[data-site-search-status]')!;
  const searchPage = form.getAttribute('action')!;
  const jobsPage = form.dataset.jobsPage!;
  const load = pagefindLoader(form.dataset.pagefindUi!, { excerptLength: EXCERPT_WORDS });
  void load();

  const popup = document.createElement('div');
  popup.className = 'search-popup';
  popup.hidden = true;
  const none = document.createElement('p');
  none.className = 'search-popup-none';
  none.hidden = true;
  const list = document.createElement('ul');
  list.id = input.getAttribute('aria-controls')!; // search-opener.ts made the box a combobox that controls it
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', 'Search results');
  popup.append(none, list);
  form.append(popup);

  const options = () => [...list.querySelectorAll<HTMLElement>('[role="option"]')];
  let active = -1;
  const setActive = (i: number) => {
    active = i;
    options().forEach((o, j) => o.setAttribute('aria-selected', String(j === i)));
    const current = options()[i];
    if (current) {
      input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' }); // on a short screen the popup can reach below the fold
    } else input.removeAttribute('aria-activedescendant');
  };
  const open = () => {
    popup.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };
  const close = () => {
    setActive(-1);
    popup.hidden = true;
    input.setAttribute('aria-expanded', 'false');
  };
  const go = (option: HTMLElement | undefined) => {
    if (option?.dataset.href) location.assign(option.dataset.href);
  };

  let run = 0;
  const search = async () => {
    const q = input.value.trim();
    const mine = ++run;
    if (!q) {
      close();
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    let found;
    try {
      found = await searchTop(await load(), q, {}, SHOWN);
    } catch {
      return; // Pagefind did not load: Enter still submits the form to the search page.
    }
    if (mine !== run) return;
    list.replaceChildren(
      ...found.data.map((r, i) => resultOption(r, i)),
      seeAllOption(searchPageHref(searchPage, q), q),
      jobsOption(jobsMatchingHref(jobsPage, q), q),
    );
    none.textContent = found.total ? '' : `No pages match “${q}”.`;
    none.hidden = found.total > 0;
    setActive(-1);
    status.textContent = popupStatus(found.total, found.data.length);
    if (document.activeElement === input) open();
  };

  let timer: number | undefined;
  input.addEventListener('input', () => {
    setActive(-1);
    clearTimeout(timer);
    timer = window.setTimeout(search, 120);
  });
  input.addEventListener('focus', () => {
    if (input.value.trim()) void search();
  });
  input.addEventListener('blur', close);
  input.addEventListener('keydown', (e) => {
    const shown = !popup.hidden;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!shown) {
        if (list.childElementCount) open();
        else void search();
        return;
      }
      setActive(moveActive(active, options().length, e.key));
    } else if (e.key === 'Enter' && shown && active >= 0) {
      e.preventDefault();
      go(options()[active]);
    } else if (e.key === 'Escape') {
      // Chrome empties a search box on Escape by itself; do it only on the second press.
      e.preventDefault();
      if (shown) close();
      else {
        input.value = '';
        void search();
      }
    }
  });
  // Keep focus in the box while the pointer presses an option, so the click lands before the popup closes.
  popup.addEventListener('mousedown', (e) => e.preventDefault());
  list.addEventListener('click', (e) =>
    go((e.target as Element).closest<HTMLElement>('[role="option"]') ?? undefined),
  );
  document.addEventListener('pointerdown', (e) => {
    if (!form.contains(e.target as Node)) close();
  });

  if (document.activeElement === input && input.value.trim()) void search();
}

/** One result: title, type (and state), and a short excerpt with the matched words marked. */
function resultOption(r: PagefindResult, i: number): HTMLLIElement {
  const li = option(`site-search-result-${i}`, r.url);
  const title = span('search-popup-title', resultTitle(r));
  const tags = span('search-popup-tags', resultTags(r));
  const excerpt = span('search-popup-excerpt', '');
  // Pagefind escapes page text in excerpts and adds only <mark> around matches.
  excerpt.innerHTML = r.excerpt;
  li.append(title, tags, excerpt);
  return li;
}

/** The last option: the full results on the search page. */
function seeAllOption(href: string, q: string): HTMLLIElement {
  const li = option('site-search-all', href);
  li.classList.add('search-popup-all');
  li.textContent = `See all results for “${q}”`;
  return li;
}

/** After it: the job board filtered by the query (postings are not in the site search). */
function jobsOption(href: string, q: string): HTMLLIElement {
  const li = option('site-search-jobs', href);
  li.classList.add('search-popup-jobs');
  li.textContent = `Jobs matching “${q}”`;
  return li;
}

function option(id: string, href: string): HTMLLIElement {
  const li = document.createElement('li');
  li.id = id;
  li.setAttribute('role', 'option');
  li.setAttribute('aria-selected', 'false');
  li.dataset.href = href;
  return li;
}

function span(className: string, text: string): HTMLSpanElement {
  const s = document.createElement('span');
  s.className = className;
  s.textContent = text;
  return s;
}
