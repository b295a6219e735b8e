import type { JobFilters, JobSort } from './filter.ts';

/** The job list's view: filters, sort and page, as they live in the URL. */
export interface JobView {
  filters: JobFilters;
  sort: JobSort;
  page: number;
}

const KEYS = ['q', 'state', 'setting', 'type', 'minPay', 'remote', 'license'] as const;

/** Read a view from a query string. Unknown or malformed values are ignored, never thrown. */
export function readView(search: string | URLSearchParams): JobView {
  const p = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters: JobFilters = {};
  const text = (k: string, max = 100) => (p.get(k) ?? '').trim().slice(0, max);
  if (text('q')) filters.q = text('q');
  if (/^[A-Z]{2}$/.test(text('state'))) filters.state = text('state');
  if (/^[a-z-]{2,30}$/.test(text('setting'))) filters.setting = text('setting');
  if (/^[a-z-]{2,30}$/.test(text('type'))) filters.type = text('type');
  const minPay = Number(text('minPay'));
  if (Number.isFinite(minPay) && minPay > 0) filters.minPay = Math.round(minPay);
  const remote = text('remote');
  if (remote === 'remote' || remote === 'onsite') filters.remote = remote;
  if (/^[A-Za-z0-9 ()/-]{2,30}$/.test(text('license'))) filters.license = text('license');
  const page = Number(text('page'));
  return {
    filters,
    sort: text('sort') === 'pay' ? 'pay' : 'date',
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** A view as a query string ("" for the default view), keys in a fixed order so equal views give equal URLs. */
export function writeView(v: JobView): string {
  const p = new URLSearchParams();
  for (const k of KEYS) {
    const value = v.filters[k];
    if (value !== undefined && value !== '') p.set(k, String(value));
  }
  if (v.sort !== 'date') p.set('sort', v.sort);
  if (v.page > 1) p.set('page', String(v.page));
  const s = p.toString();
  return s ? `?${s}` : '';
}
