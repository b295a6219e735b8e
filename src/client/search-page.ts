import { readSearchParams, writeSearchParams, type SearchState } from '#src/lib/search/params.ts';
import {
  jobsMatchingHref,
  pageStatus,
  resultTags,
  resultTitle,
  type PagefindResult,
} from '#src/lib/search/results.ts';
import { didYouMean, type Suggestion } from '#src/lib/search/suggest.ts';
import { pagefindLoader, searchTop } from './pagefind';

/** The places a misspelled query may mean, listed by the page (src/pages/search.astro). */
function suggestionList(): Suggestion[] {
  try {
    return JSON.parse(document.getElementById('search-suggestions')?.textContent ?? '[]');
  } catch {
    return [];
  }
}

/** "Did you mean Texas?" under the status line, or nothing. Text goes in through textContent. */
function showSuggestion(box: HTMLElement, place: Suggestion | undefined) {
  box.hidden = !place;
  if (!place) return box.replaceChildren();
  const a = document.createElement('a');
  a.href = place.href;
  a.textContent = place.label;
  box.replaceChildren('Did you mean ', a, '?');
}

/** How many results the page lists. */
const SHOWN = 20;

/** Wire up /search/: the query and filters live in the URL; Pagefind loads on this page only. */
export function runSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  if (!form) return;
  const input = form.querySelector<HTMLInputElement>('#q')!;
  const type = form.querySelector<HTMLSelectElement>('#type')!;
  const state = form.querySelector<HTMLSelectElement>('#state')!;
  const status = document.querySelector<HTMLElement>('[data-search-status]')!;
  const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
  const load = pagefindLoader(form.dataset.pagefindUi!);
  const jobsPage = form.dataset.jobsPage!;
  const jobsLink = document.querySelector<HTMLAnchorElement>('[data-search-jobs]');
  const suggestionBox = document.querySelector<HTMLElement>('[data-search-suggestion]')!;
  const places = suggestionList();

  const initial = readSearchParams(location.search);
  input.value = initial.q;
  type.value = initial.type;
  state.value = initial.state;

  let run = 0;
  const search = async () => {
    const current: SearchState = { q: input.value.trim(), type: type.value, state: state.value };
    history.replaceState(null, '', writeSearchParams(location.pathname, current));
    const mine = ++run;
    if (jobsLink) {
      jobsLink.href = current.q ? jobsMatchingHref(jobsPage, current.q) : jobsPage;
      jobsLink.textContent = current.q ? `jobs matching “${current.q}”` : 'search the job board';
    }
    if (!current.q) {
      list.replaceChildren();
      status.textContent = '';
      showSuggestion(suggestionBox, undefined);
      return;
    }
    status.textContent = 'Searching…';
    const pf = await load();
    const filters: Record<string, string> = {};
    if (current.type) filters.type = current.type;
    if (current.state) filters.state = current.state;
    const { total, data } = await searchTop(pf, current.q, filters, SHOWN);
    if (mine !== run) return;
    list.replaceChildren(...data.map(renderResult));
    status.textContent = pageStatus(total, current.q, SHOWN);
    // A misspelled state, license or page name: offer the nearest one (when the query finds little).
    showSuggestion(suggestionBox, total < 3 ? didYouMean(current.q, places) : undefined);
  };

  let timer: number | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = window.setTimeout(search, 150);
  });
  type.addEventListener('change', search);
  state.addEventListener('change', search);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    search();
  });
  input.addEventListener('focus', () => void load(), { once: true });

  // Keyboard: down arrow from the box into the results, up and down between them, Escape back to an empty box.
  form.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && e.target === input) {
      const first = list.querySelector('a');
      if (first) {
        e.preventDefault();
        first.focus();
      }
    }
    if (e.key === 'Escape' && e.target === input) {
      input.value = '';
      search();
    }
  });
  list.addEventListener('keydown', (e) => {
    const links = [...list.querySelectorAll('a')];
    const i = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (i < 0) return;
    const next = links[i + 1];
    if (e.key === 'ArrowDown' && next) {
      e.preventDefault();
      next.focus();
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      (links[i - 1] ?? input).focus();
    } else if (e.key === 'Escape') {
      input.focus();
    }
  });

  if (initial.q) search();
}

/** One result: title link, type and state, and Pagefind's excerpt with the match marked. */
function renderResult(r: PagefindResult): HTMLLIElement {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = r.url;
  a.textContent = resultTitle(r);
  const tags = document.createElement('p');
  tags.className = 'tags';
  tags.textContent = resultTags(r);
  const excerpt = document.createElement('p');
  // Pagefind escapes page text in excerpts and adds only <mark> around matches.
  excerpt.innerHTML = r.excerpt;
  li.append(a, tags, excerpt);
  return li;
}
