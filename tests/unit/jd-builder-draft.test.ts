import { describe, expect, it } from 'vitest';
import { chooseState, initialState } from '#src/lib/job-descriptions/builder/defaults.ts';
import { builderDraftParser } from '#src/lib/job-descriptions/builder/draft.ts';
import { addItem, moveItem, toggleItem } from '#src/lib/job-descriptions/builder/lists.ts';
import { FIELD_ID, validateBuilder } from '#src/lib/job-descriptions/builder/validation.ts';
import { ARABIC, EMOJI, HOSTILE, LONG, data } from './jd-builder-fixture';

const parse = builderDraftParser(data);
/** A draft as the browser stores it and reads it back. */
const roundTrip = (x: unknown) => parse(JSON.parse(JSON.stringify(x)));

describe('drafts', () => {
  it('round-trip every field', () => {
    const base = chooseState(initialState(data), data.states[0]);
    const s = {
      ...base,
      organization: HOSTILE,
      city: ARABIC,
      summary: `${EMOJI} ${LONG}`,
      remote: true,
      payPeriod: 'hour' as const,
      certifications: ['CCM'],
      duties: toggleItem(moveItem(addItem(base.duties, 'Mine'), 3, -1), 0, false),
    };
    expect(roundTrip(s)).toEqual(s);
  });
  it('refuse anything that is not a draft object, without throwing', () => {
    for (const json of [null, undefined, '', 42, 'text', [], true]) {
      expect(parse(json), String(json)).toBeUndefined();
    }
  });
  it('repair wrong field types and drop unknown states, licenses, certifications and list entries', () => {
    const s = roundTrip({
      variant: 'nope',
      organization: 5,
      state: 'ZZ',
      license: 'LICSW',
      certifications: ['CCM', 'XYZ', 3, 'CCM'],
      employmentType: 'SLAVE',
      payPeriod: 'WEEK',
      remote: 'yes',
      duties: [{ id: 'a', text: 'ok' }, { id: 'a', text: 'dup' }, { text: 'no id' }, null, 'x'],
      skills: 'nope',
    })!;
    expect(s.variant).toBe('general');
    expect(s.organization).toBe('');
    expect(s.state).toBe('');
    expect(s.license).toBe('');
    expect(s.certifications).toEqual(['CCM']);
    expect(s.employmentType).toBe('FULL_TIME');
    expect(s.payPeriod).toBe('year');
    expect(s.remote).toBe(false);
    expect(s.duties).toEqual([{ id: 'a', text: 'ok', checked: true }]);
    expect(s.skills).toEqual(initialState(data).skills);
  });
  it('read the British key names of drafts saved before the site moved to US English', () => {
    expect(
      roundTrip({ organisation: 'Acme', organisationUrl: 'https://acme.example/' }),
    ).toMatchObject({ organization: 'Acme', organizationUrl: 'https://acme.example/' });
  });
  it('cap very long text and very long lists', () => {
    const s = roundTrip({
      organization: 'y'.repeat(50_000),
      duties: Array.from({ length: 500 }, (_, i) => ({ id: `d${i}`, text: 't', checked: true })),
    })!;
    expect(s.organization.length).toBe(20_000);
    expect(s.duties.length).toBe(100);
  });
});

describe('validation before export', () => {
  const today = '2026-11-23';
  it('names each missing field in page order', () => {
    expect(validateBuilder(initialState(data), today).map((e) => e.id)).toEqual([
      FIELD_ID.organization,
      FIELD_ID.city,
      FIELD_ID.state,
      FIELD_ID.payMin,
      FIELD_ID.payMax,
      FIELD_ID.howToApply,
    ]);
  });
  it('passes a complete form and accepts a remote job without a city', () => {
    const s = chooseState(
      {
        ...initialState(data),
        organization: 'Acme',
        city: 'Boston',
        payMin: '60000',
        payMax: '70000',
        howToApply: 'Email us',
      },
      data.states[0],
    );
    expect(validateBuilder(s, today)).toEqual([]);
    expect(validateBuilder({ ...s, city: '', remote: true }, today)).toEqual([]);
  });
  it('checks amounts, their order, the website, the closing date and that a duty is ticked', () => {
    const s = chooseState(
      {
        ...initialState(data),
        organization: 'Acme',
        city: 'Boston',
        payMin: '70k',
        payMax: '60000',
        howToApply: 'Email us',
      },
      data.states[0],
    );
    const msgs = (x: typeof s) =>
      Object.fromEntries(validateBuilder(x, today).map((e) => [e.id, e.message]));
    expect(msgs(s)[FIELD_ID.payMin]).toMatch(/amount in dollars/);
    expect(msgs({ ...s, payMin: '70000' })[FIELD_ID.payMax]).toMatch(/same as or more than/);
    expect(
      msgs({ ...s, organizationUrl: 'javascript:alert(1)' })[FIELD_ID.organizationUrl],
    ).toMatch(/https:\/\//);
    expect(msgs({ ...s, closingDate: '2026-11-22' })[FIELD_ID.closingDate]).toMatch(
      /today or in the future/,
    );
    expect(msgs({ ...s, closingDate: '2026-02-31' })[FIELD_ID.closingDate]).toMatch(/real date/);
    expect(
      msgs({ ...s, duties: s.duties.map((d) => ({ ...d, checked: false })) })[FIELD_ID.duties],
    ).toBe('Check at least one duty');
    expect(msgs({ ...s, organization: 'o'.repeat(201) })[FIELD_ID.organization]).toMatch(
      /200 characters or fewer/,
    );
  });
});
