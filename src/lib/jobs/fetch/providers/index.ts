import type { SourceEntry } from '../config.ts';
import type { Fetched, ProviderContext } from '../types.ts';
import { fetchAshby } from './ashby.ts';
import { fetchGreenhouse } from './greenhouse.ts';
import { fetchLever } from './lever.ts';
import { fetchSmartRecruiters } from './smartrecruiters.ts';
import { fetchUsajobs } from './usajobs.ts';

/** Read one configured source with its provider's client. */
export function fetchSource(entry: SourceEntry, ctx: ProviderContext): Promise<Fetched[]> {
  switch (entry.type) {
    case 'usajobs':
      return fetchUsajobs(entry, ctx);
    case 'greenhouse':
      return fetchGreenhouse(entry, ctx);
    case 'lever':
      return fetchLever(entry, ctx);
    case 'ashby':
      return fetchAshby(entry, ctx);
    case 'smartrecruiters':
      return fetchSmartRecruiters(entry, ctx);
  }
}
