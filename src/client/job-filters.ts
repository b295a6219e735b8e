/**
 * The /jobs/ filters: shows the form at once, loads postings on first use (or at once when the URL carries a
 * filtered view), applies the filters and sort from the form, keeps them in the URL (so a filtered view can be
 * shared), and draws the matching postings in pages of JOBS_PAGE_SIZE (the server-rendered pages' size): one
 * render per change, all facet counts in one pass. A state chosen alone needs only that state's shard and the
 * nationwide postings (/jobs/shards/, src/lib/jobs/index-shards.ts); any other view loads the whole index
 * (/jobs/index.json) once. All text goes in through textContent, so nothing in a posting can become markup.
 */
import { sortNewestFirst } from '#src/lib/jobs/filter.ts';
import { filterWithFacets } from '#src/lib/jobs/facets.ts';
import { readView, writeView, type JobView } from '#src/lib/jobs/url-state.ts';
import { withCount } from '#src/lib/jobs/filter-options.ts';
import { filterSummary } from '#src/lib/jobs/filter-summary.ts';
import { jobHref, payLabel, placeLabel, settingLabel, typeLabel } from '#src/lib/jobs/present.ts';
import { listStatus } from '#src/lib/jobs/list-status.ts';
import { STATE_CODES, US_STATES } from '#src/schemas/vocabulary/us-states.ts';
import { formatDate } from '#src/lib/text/format.ts';
import { filterStatus } from '#src/lib/jobs/counts.ts';
import { withBase } from '#src/lib/paths.ts';
import { JOBS_PAGE_SIZE } from '#src/lib/jobs/pages.ts';
import { decodeJobSummary, type JobSummary, type JobSummaryJson } from '#src/lib/jobs/summary.ts';
import {
  NATIONWIDE_SHARD,
  mergeNewestFirst,
  shardPath,
  type NationwideShardJson,
} from '#src/lib/jobs/index-shards.ts';
import type { FacetCounts } from '#src/lib/jobs/facets.ts';

const form = document.querySelector<HTMLFormElement>('[data-job-filters]');
const staticList = document.querySelector<HTMLElement>('[data-job-static]');
const results = document.querySelector<HTMLElement>('[data-job-results]');
const status = document.querySelector<HTMLElement>('[data-job-status]');
const more = document.querySelector<HTMLButtonElement>('[data-job-more]');
const template = document.querySelector<HTMLTemplateElement>('#job-card-template');
const box = document.querySelector<HTMLDetailsElement>('[data-filter-box]');
const boxSummary = document.querySelector<HTMLElement>('[data-filter-summary]');
/** Wider than this, the filter box starts open; on phones it starts closed so postings come first. */
const OPEN_FROM = '(min-width: 48rem)';

const field = (name: string) =>
  form!.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;

function viewFromForm(page: number): JobView {
  const params = new URLSearchParams();
  for (const name of ['q', 'state', 'setting', 'type', 'minPay', 'remote', 'license', 'sort'])
    params.set(name, field(name).value);
  return { ...readView(params), page };
}

function fillForm(v: JobView) {
  const f = v.filters;
  field('q').value = f.q ?? '';
  for (const name of ['state', 'setting', 'type', 'remote', 'license'] as const)
    field(name).value = f[name] ?? '';
  field('minPay').value = f.minPay ? String(f.minPay) : '';
  field('sort').value = v.sort;
}

/**
 * The text last written into each card slot and select option: comparing with it skips unchanged elements
 * without reading textContent back from the page (each read builds a new string; a change touches hundreds).
 */
const written = new WeakMap<Node, string>();
/** Set an element's text if it differs from what was last written there. */
function setText(el: HTMLElement, text: string) {
  if (written.get(el) !== text) {
    el.textContent = text;
    written.set(el, text);
  }
}

/** Each drawn card's slots by name, found once when the card is made. */
const slotsOf = new WeakMap<Element, Record<string, HTMLElement>>();

function newCard(): HTMLLIElement {
  const li = template!.content.firstElementChild!.cloneNode(true) as HTMLLIElement;
  const slots: Record<string, HTMLElement> = {};
  for (const el of li.querySelectorAll<HTMLElement>('[data-slot]')) slots[el.dataset.slot!] = el;
  slotsOf.set(li, slots);
  return li;
}

/** Write a posting into a card (new or reused); only what differs is touched. */
function fillCard(li: HTMLLIElement, j: JobSummary) {
  const slots = slotsOf.get(li)!;
  const slot = (name: string) => {
    const el = slots[name];
    if (!el) throw new Error(`The job card template has no [data-slot="${name}"].`);
    return el;
  };
  const set = (name: string, text: string) => {
    const el = slot(name);
    setText(el, text);
    return el;
  };
  const link = set('title', j.title) as HTMLAnchorElement;
  link.href = withBase(jobHref(j.id));
  set('employer', j.employer);
  slot('example').hidden = !j.example;
  const text = labelsOf(j);
  set('place', text.place);
  set('pay', text.pay);
  set('type', typeLabel(j.type));
  set('setting', settingLabel(j.setting));
  const lic = set('license', text.license);
  lic.hidden = j.licenses.length === 0;
  const time = set('posted', text.posted);
  time.setAttribute('datetime', j.posted);
}

/** A posting's formatted labels (place, pay, license, date), made once: number and date formatting is slow. */
const labels = new WeakMap<JobSummary, Record<'place' | 'pay' | 'license' | 'posted', string>>();
function labelsOf(j: JobSummary) {
  let l = labels.get(j);
  if (!l) {
    l = {
      place: placeLabel({
        location: j.state ? { city: j.city, state: j.state } : undefined,
        remote: j.remote ? { eligible: j.remote } : undefined,
      }),
      pay: payLabel(j.pay),
      license: j.licenses.length ? `License: ${j.licenses.join(', ')}` : '',
      posted: formatDate(new Date(`${j.posted}T00:00:00Z`)),
    };
    labels.set(j, l);
  }
  return l;
}

/** Draw the shown postings, reusing the cards already on the page (no rebuilding 50 cards per change). */
function drawCards(shown: JobSummary[]) {
  const cards = results!.children as HTMLCollectionOf<HTMLLIElement>;
  shown.forEach((j, i) => fillCard(cards[i] ?? results!.appendChild(newCard()), j));
  while (cards.length > shown.length) cards[cards.length - 1]!.remove(); // length > 0 here
}

function setCounts(select: HTMLSelectElement, counts: Record<string, number>) {
  for (const opt of Array.from(select.options)) {
    if (opt.value && opt.dataset.label) {
      // Untouched options cost no layout.
      setText(opt, withCount(opt.dataset.label, counts[opt.value] ?? 0));
    }
  }
}

/**
 * The postings a view is drawn from: the whole board, or one state's list with the board's size and the state
 * filter's counts, which a state's list alone cannot give (they are exact while no other filter is set).
 */
interface Source {
  jobs: JobSummary[];
  total: number;
  stateCounts?: Record<string, number>;
}

function setAllCounts(facets: FacetCounts) {
  setCounts(field('state') as HTMLSelectElement, facets.state);
  setCounts(field('setting') as HTMLSelectElement, facets.setting);
  setCounts(field('type') as HTMLSelectElement, facets.type);
  setCounts(field('remote') as HTMLSelectElement, facets.remote);
  setCounts(field('license') as HTMLSelectElement, facets.license);
  setCounts(field('minPay') as HTMLSelectElement, facets.minPay);
}

/** What every drawing ends with: the filter box's summary, the address, and a signal that the list is drawn. */
function finish(v: JobView, push: boolean) {
  if (boxSummary) boxSummary.textContent = filterSummary(v.filters);
  if (push) writeUrlSoon(v);
  // For whoever waits on a drawn list (the benchmark times a whole change with it).
  form!.dispatchEvent(new CustomEvent('jobs-rendered'));
}

function render(src: Source, v: JobView, push: boolean) {
  const names = US_STATES as Record<string, string>;
  // One pass for the list and every count; the index comes newest first, so the default sort needs no work.
  const found = filterWithFacets(src.jobs, v.filters, STATE_CODES, names);
  const facets: FacetCounts = src.stateCounts
    ? { ...found.facets, state: src.stateCounts }
    : found.facets;
  const matched = sortNewestFirst(found.matched, v.sort);
  const shown = matched.slice(0, v.page * JOBS_PAGE_SIZE);
  drawCards(shown);
  staticList!.hidden = true;
  results!.hidden = false;
  setAllCounts(facets);
  // An empty list is listStatus's to word; otherwise examples are named apart from the open jobs.
  const examples = matched.filter((j) => j.example).length;
  status!.textContent =
    matched.length === 0
      ? listStatus({
          matched: 0,
          shown: 0,
          total: src.total,
          filtered: Object.values(v.filters).some((x) => x !== undefined && x !== ''),
        })
      : filterStatus(shown.length, matched.length - examples, examples);
  more!.hidden = shown.length >= matched.length;
  finish(v, push);
}

/**
 * The plain view (no filter, newest first, first page) is the page the server drew: show it again, with the
 * board's counts, rather than fetching every posting to draw the same 50.
 */
function renderBoard(wide: NationwideShardJson, v: JobView, push: boolean) {
  staticList!.hidden = false;
  results!.hidden = true;
  more!.hidden = true;
  setAllCounts(wide.facets);
  const real = wide.total - wide.examples;
  status!.textContent = wide.total
    ? filterStatus(Math.min(JOBS_PAGE_SIZE, wide.total), real, wide.examples)
    : listStatus({ matched: 0, shown: 0, total: 0, filtered: false });
  finish(v, push);
}

let urlTimer: number | undefined;
/** Keep the view in the address bar, once changes pause (replaceState is slow, and not needed to see the list). */
function writeUrlSoon(v: JobView) {
  clearTimeout(urlTimer);
  urlTimer = window.setTimeout(
    () => history.replaceState(null, '', `${location.pathname}${writeView(v)}${location.hash}`),
    250,
  );
}

const hasFilter = (f: JobView['filters']) =>
  Object.values(f).some((x) => x !== undefined && x !== '');
/** Whether a view differs from the plain list the server rendered (then the postings load at once). */
const isFiltered = (v: JobView) => hasFilter(v.filters) || v.sort !== 'date' || v.page > 1;

const getJson = <T>(path: string): Promise<T | null> =>
  fetch(withBase(path)).then(
    (res) => (res.ok ? (res.json() as Promise<T>) : null),
    () => null,
  );

let whole: Promise<Source | null> | undefined;
/** The whole index once it has arrived. */
let wholeHere: Source | undefined;
/** The whole posting index, fetched once, on first need (null if it cannot be had: the static list stays). */
const loadWhole = () =>
  (whole ??= getJson<JobSummaryJson[]>('/jobs/index.json').then((all) => {
    if (!all) return null;
    const jobs = all.map(decodeJobSummary);
    return (wholeHere = { jobs, total: jobs.length });
  }));

/** The nationwide file with its postings decoded (once: every state's list shares the same objects). */
interface Nationwide extends NationwideShardJson {
  decoded: JobSummary[];
}
let nationwide: Promise<Nationwide | null> | undefined;
let nationwideHere: Nationwide | undefined;
/** The nationwide postings and the board's counts, fetched once: every state's list needs them. */
const loadNationwide = () =>
  (nationwide ??= getJson<NationwideShardJson>(shardPath(NATIONWIDE_SHARD)).then((wide) => {
    nationwideHere = wide ? { ...wide, decoded: wide.jobs.map(decodeJobSummary) } : undefined;
    return nationwideHere ?? null;
  }));

const stateLists = new Map<string, Promise<Source | null>>();
/** The states' lists that have arrived. */
const stateHere = new Map<string, Source>();
/** One state's list (its shard merged with the nationwide postings), fetched once per state. */
function loadState(code: string): Promise<Source | null> {
  let list = stateLists.get(code);
  if (!list) {
    list = Promise.all([getJson<JobSummaryJson[]>(shardPath(code)), loadNationwide()]).then(
      ([own, wide]) => {
        if (!own || !wide) return null;
        const src = {
          jobs: mergeNewestFirst(own.map(decodeJobSummary), wide.decoded),
          total: wide.total,
          stateCounts: wide.facets.state,
        };
        stateHere.set(code, src);
        return src;
      },
    );
    stateLists.set(code, list);
  }
  return list;
}

/** A view drawn from postings, or the server's own first page with the board's counts. */
type Drawable = { list: Source } | { board: NationwideShardJson };

/**
 * What a view is drawn from, at hand or to come: once the whole index is here, always it; the plain view, the
 * server's page; a state chosen with no other filter, that state's list (light); anything else, the whole index.
 * Falls back to the whole index when a shard cannot be had.
 */
function sourceFor(v: JobView): Drawable | Promise<Drawable | null> {
  if (wholeHere) return { list: wholeHere };
  const asList = (p: Promise<Source | null>): Promise<Drawable | null> =>
    p.then((list) => (list ? { list } : null));
  if (!isFiltered(v)) {
    if (nationwideHere) return { board: nationwideHere };
    return loadNationwide().then((board): Drawable | Promise<Drawable | null> =>
      board ? { board } : asList(loadWhole()),
    );
  }
  const { state, ...others } = v.filters;
  if (state && !hasFilter(others) && (STATE_CODES as readonly string[]).includes(state)) {
    const here = stateHere.get(state);
    if (here) return { list: here };
    return loadState(state).then((list): Drawable | Promise<Drawable | null> =>
      list ? { list } : asList(loadWhole()),
    );
  }
  return asList(loadWhole());
}

function start() {
  if (!form || !results || !status || !more || !template || !staticList) return;
  let view = readView(location.search);
  fillForm(view);
  if (box) box.open = matchMedia(OPEN_FROM).matches;
  // The summary names the active filters at once, before the postings have loaded.
  if (boxSummary) boxSummary.textContent = filterSummary(view.filters);
  form.hidden = false;
  let current: Source | null = null;
  let changes = 0;

  const draw = (d: Drawable, v: JobView, push: boolean) => {
    if ('board' in d) {
      current = null;
      renderBoard(d.board, v, push);
    } else {
      current = d.list;
      render(d.list, v, push);
    }
  };

  /**
   * Draw the view from the form (or the one given): at once when what it needs is here, else when it arrives,
   * unless a later change came meanwhile (only the latest change is drawn).
   */
  const update = (next?: JobView) => {
    const change = ++changes;
    const v = (view = next ?? viewFromForm(1));
    const push = next === undefined;
    const wanted = sourceFor(v);
    if (!(wanted instanceof Promise)) return draw(wanted, v, push);
    status.textContent = 'Loading the job list…';
    void wanted.then((d) => {
      if (change !== changes) return;
      if (d) draw(d, v, push);
      else status.textContent = 'The job list could not be loaded; the list below is not filtered.';
    });
  };

  if (isFiltered(view)) update(view);
  // Start the download as soon as a visitor reaches for the filters, before the first change: the state
  // select needs the nationwide file (a state's own shard follows the choice), the other filters the whole
  // index (the sort order needs nothing new).
  const prefetch = (e: Event) => {
    const name = (e.target as Partial<HTMLInputElement>).name;
    if (name === 'state') void loadNationwide();
    else if (name && name !== 'sort') void loadWhole();
  };
  form.addEventListener('focusin', prefetch);
  form.addEventListener('pointerdown', prefetch);
  // `input` fires for the text box and the selects alike: one render per change.
  form.addEventListener('input', () => update());
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    update();
    // On a phone the open box covers the list: close it and move to the count of matching jobs.
    if (box && !matchMedia(OPEN_FROM).matches) {
      box.open = false;
      status.scrollIntoView({ block: 'start' });
    }
  });
  form.addEventListener('reset', () => setTimeout(() => update()));
  more.addEventListener('click', () => {
    if (!current) return;
    view = { ...view, page: view.page + 1 };
    const first = view.page > 1 ? (view.page - 1) * JOBS_PAGE_SIZE : 0;
    render(current, view, true);
    results.querySelectorAll<HTMLAnchorElement>('a')[first]?.focus();
  });
}

start();
