/** The URL slug for a jurisdiction's page: "New York" -> "new-york", "District of Columbia" -> "district-of-columbia". */
export const stateSlug = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The path of a jurisdiction's licensing page. */
export const stateHref = (name: string): string => `/licensing/${stateSlug(name)}/`;

/** An id for a license abbreviation, for anchors: "LMSW (Clinical)" -> "lmsw-clinical". */
export const abbrId = (abbr: string): string => stateSlug(abbr);
