/**
 * The /jobs/ filters: loads the compact index of open postings, applies the filters and sort from the
 * form, keeps them in the URL (so a filtered view can be shared), and draws the matching postings in
 * pages of 50. All text goes in through textContent, so nothing in a posting can become markup.
 */
import { filterJobs, sortJobs } from '#src/lib/jobs/filter.ts';
import { facetCounts } from '#src/lib/jobs/facets.ts';
import { readView, writeView, type JobView } from '#src/lib/jobs/url-state.ts';
import { MIN_PAY_STEPS, withCount } from '#src/lib/jobs/filter-options.ts';
import { filterSummary } from '#src/lib/jobs/filter-summary.ts';
import { jobHref, payLabel, placeLabel, settingLabel, typeLabel } from '#src/lib/jobs/present.ts';
import { listStatus } from '#src/lib/jobs/list-status.ts';
import { STATE_CODES, US_STATES } from '#src/lib/geo/us-states.ts';
import { formatDate } from '#src/lib/text/format.ts';
import { withBase } from '#src/lib/paths.ts';
import type { JobSummary } from '#src/lib/jobs/summary.ts';

const PAGE_SIZE = 50;
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

function card(j: JobSummary): DocumentFragment {
  const node = template!.content.cloneNode(true) as DocumentFragment;
  const set = (slot: string, text: string) => {
    const el = node.querySelector<HTMLElement>(`[data-slot="${slot}"]`)!;
    el.textContent = text;
    return el;
  };
  const link = set('title', j.t) as HTMLAnchorElement;
  link.href = withBase(jobHref(j.id));
  set('employer', j.e);
  node.querySelector<HTMLElement>('[data-slot="example"]')!.hidden = !j.x;
  const place = placeLabel({
    location: j.s ? { city: j.c, state: j.s } : undefined,
    remote: j.r ? { eligible: j.r } : undefined,
  });
  set('place', place);
  set('pay', payLabel(j.p ? { min: j.p[0], max: j.p[1], per: j.p[2] } : null));
  set('type', typeLabel(j.y));
  set('setting', settingLabel(j.g));
  const lic = set('license', j.l.length ? `License: ${j.l.join(', ')}` : '');
  lic.hidden = j.l.length === 0;
  const time = set('posted', formatDate(new Date(`${j.d}T00:00:00Z`)));
  time.setAttribute('datetime', j.d);
  return node;
}

function setCounts(select: HTMLSelectElement, counts: Record<string, number>) {
  for (const opt of Array.from(select.options)) {
    if (opt.value && opt.dataset.label)
      opt.textContent = withCount(opt.dataset.label, counts[opt.value] ?? 0);
  }
}

function render(all: JobSummary[], v: JobView, push: boolean) {
  const names = US_STATES as Record<string, string>;
  const matched = sortJobs(filterJobs(all, v.filters, names), v.sort);
  const shown = matched.slice(0, v.page * PAGE_SIZE);
  results!.replaceChildren(...shown.map(card));
  const facets = facetCounts(all, v.filters, STATE_CODES, names);
  setCounts(field('state') as HTMLSelectElement, facets.state);
  setCounts(field('setting') as HTMLSelectElement, facets.setting);
  setCounts(field('type') as HTMLSelectElement, facets.type);
  setCounts(field('remote') as HTMLSelectElement, facets.remote);
  setCounts(field('license') as HTMLSelectElement, facets.license);
  const payCounts = Object.fromEntries(
    MIN_PAY_STEPS.map((n) => [
      String(n),
      filterJobs(all, { ...v.filters, minPay: n }, names).length,
    ]),
  );
  setCounts(field('minPay') as HTMLSelectElement, payCounts);
  status!.textContent = listStatus({
    matched: matched.length,
    shown: shown.length,
    total: all.length,
    filtered: Object.values(v.filters).some((x) => x !== undefined && x !== ''),
  });
  more!.hidden = shown.length >= matched.length;
  if (boxSummary) boxSummary.textContent = filterSummary(v.filters);
  const query = writeView(v);
  const url = `${location.pathname}${query}${location.hash}`;
  if (push) history.replaceState(null, '', url);
}

async function start() {
  if (!form || !results || !status || !more || !template || !staticList) return;
  const res = await fetch(withBase('/jobs/index.json'));
  if (!res.ok) return; // the static list stays
  const all = (await res.json()) as JobSummary[];
  let view = readView(location.search);
  fillForm(view);
  if (box) box.open = matchMedia(OPEN_FROM).matches;
  form.hidden = false;
  staticList.hidden = true;
  results.hidden = false;
  render(all, view, false);
  const update = () => {
    view = viewFromForm(1);
    render(all, view, true);
  };
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    update();
    // On a phone the open box covers the list: close it and move to the count of matching jobs.
    if (box && !matchMedia(OPEN_FROM).matches) {
      box.open = false;
      status.scrollIntoView({ block: 'start' });
    }
  });
  form.addEventListener('reset', () => setTimeout(update));
  more.addEventListener('click', () => {
    view = { ...view, page: view.page + 1 };
    const first = view.page > 1 ? (view.page - 1) * PAGE_SIZE : 0;
    render(all, view, true);
    results.querySelectorAll<HTMLAnchorElement>('a')[first]?.focus();
  });
}

start();
