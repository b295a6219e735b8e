/*
 * The 50 states and DC: the vocabulary the schemas validate state codes against (src/schemas/job.ts).
 * Plain data, free of zod, so browser code and lib can import it cheaply.
 */

/** The 50 states and DC by USPS postal code, as the licensing data names them. A data test keeps this in step with content/states/. */
export const US_STATES = {
  AK: 'Alaska',
  AL: 'Alabama',
  AR: 'Arkansas',
  AZ: 'Arizona',
  CA: 'California',
  CO: 'Colorado',
  CT: 'Connecticut',
  DC: 'District of Columbia',
  DE: 'Delaware',
  FL: 'Florida',
  GA: 'Georgia',
  HI: 'Hawaii',
  IA: 'Iowa',
  ID: 'Idaho',
  IL: 'Illinois',
  IN: 'Indiana',
  KS: 'Kansas',
  KY: 'Kentucky',
  LA: 'Louisiana',
  MA: 'Massachusetts',
  MD: 'Maryland',
  ME: 'Maine',
  MI: 'Michigan',
  MN: 'Minnesota',
  MO: 'Missouri',
  MS: 'Mississippi',
  MT: 'Montana',
  NC: 'North Carolina',
  ND: 'North Dakota',
  NE: 'Nebraska',
  NH: 'New Hampshire',
  NJ: 'New Jersey',
  NM: 'New Mexico',
  NV: 'Nevada',
  NY: 'New York',
  OH: 'Ohio',
  OK: 'Oklahoma',
  OR: 'Oregon',
  PA: 'Pennsylvania',
  RI: 'Rhode Island',
  SC: 'South Carolina',
  SD: 'South Dakota',
  TN: 'Tennessee',
  TX: 'Texas',
  UT: 'Utah',
  VA: 'Virginia',
  VT: 'Vermont',
  WA: 'Washington',
  WI: 'Wisconsin',
  WV: 'West Virginia',
  WY: 'Wyoming',
} as const;

export type StateCode = keyof typeof US_STATES;

/** Every postal code, A–Z. */
export const STATE_CODES = Object.keys(US_STATES).sort() as StateCode[];

/** Whether a string is one of the 51 postal codes (upper case). */
export const isStateCode = (s: string): s is StateCode => Object.hasOwn(US_STATES, s);

/** Every postal code, ordered by the jurisdiction's name (Alabama, Alaska, …) for lists people read. */
export const STATE_CODES_BY_NAME = [...STATE_CODES].sort((a, b) =>
  US_STATES[a].localeCompare(US_STATES[b]),
);
