import { isStateCode, US_STATES, type StateCode } from '#src/schemas/vocabulary/us-states.ts';

const BY_NAME = new Map<string, StateCode>(
  Object.entries(US_STATES).map(([code, name]) => [name.toLowerCase(), code as StateCode]),
);

/** A state given as a postal code ("tx", "TX") or a name ("Texas", "district of columbia"); undefined if neither. */
export function toStateCode(value: string | undefined | null): StateCode | undefined {
  const v = (value ?? '').trim();
  if (!v) return undefined;
  const upper = v.toUpperCase();
  if (isStateCode(upper)) return upper;
  return BY_NAME.get(v.replace(/\s+/g, ' ').toLowerCase());
}
