import { slugify } from '../text/slug.ts';

/** The URL slug for a jurisdiction's page: "New York" -> "new-york", "District of Columbia" -> "district-of-columbia". */
export const stateSlug = (name: string): string => slugify(name, Infinity);

/** The path of a jurisdiction's licensing page. */
export const stateHref = (name: string): string => `/licensing/${stateSlug(name)}/`;

/** An id for a license abbreviation, for anchors: "LMSW (Clinical)" -> "lmsw-clinical". */
export const abbrId = (abbr: string): string => stateSlug(abbr);
