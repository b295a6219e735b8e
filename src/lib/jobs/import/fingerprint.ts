import { createHash } from 'node:crypto';

/** JSON with object keys sorted at every level, so the same record always serializes the same way. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.keys(value as object)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** The sha256 of the canonical source record, in hex: stored in source.hash, compared on the next import. */
export const fingerprint = (record: unknown) =>
  createHash('sha256').update(canonicalJson(record)).digest('hex');
