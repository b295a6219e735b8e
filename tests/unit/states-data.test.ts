import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { usMapShapes } from '#src/lib/geo/us-map.ts';

const JURISDICTIONS =
  'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY'.split(
    ' ',
  );
const files = readdirSync('content/states').filter((f) => f.endsWith('.yaml'));
const states = files.map((f) => ({
  file: f,
  data: parse(readFileSync(`content/states/${f}`, 'utf8')) as { code: string; name: string },
}));

describe('the states data', () => {
  it('has all 50 states and DC, each exactly once', () => {
    const codes = states.map((s) => s.data.code).sort();
    expect(codes).toEqual([...JURISDICTIONS].sort());
    expect(new Set(codes).size).toBe(51);
  });
  it('names each file after its postal code', () => {
    for (const s of states) expect(s.file, s.data.name).toBe(`${s.data.code.toLowerCase()}.yaml`);
  });
  it('spells each name as the map does, so every state on the map links to its page', () => {
    expect(states.map((s) => s.data.name).sort()).toEqual(
      usMapShapes()
        .map((m) => m.name)
        .sort(),
    );
  });
});
