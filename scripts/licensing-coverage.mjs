// Prints, per jurisdiction, how many core licensing fields are sourced and which are unverified,
// and how many of its sources are third-party guides. Reads content/ directly; run with `npm run coverage:licensing`.
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

const kinds = new Map(
  readdirSync('content/sources').map((f) => [
    f.replace(/\.ya?ml$/, ''),
    parse(readFileSync(`content/sources/${f}`, 'utf8')).kind,
  ]),
);
const FIELDS = [
  ['board website', (s) => (s.board.url ? true : false)],
  ['degree', (s) => 'value' in s.clinical.degree],
  ['supervised hours', (s) => 'value' in s.clinical.supervisedHours],
  ['minimum months', (s) => 'value' in s.clinical.minimumMonths],
  ['supervision hours', (s) => 'value' in s.clinical.supervisionHours],
  ['exams', (s) => 'value' in s.clinical.exams],
  ['CE hours', (s) => 'value' in s.renewal.ceHours],
  ['renewal period', (s) => 'value' in s.renewal.periodYears],
  ['compact', (s) => s.compact.status !== 'unverified'],
];
const ids = (v) =>
  Array.isArray(v)
    ? v.flatMap(ids)
    : v && typeof v === 'object'
      ? Object.entries(v).flatMap(([k, x]) =>
          k === 'source' && typeof x === 'string' ? [x] : ids(x),
        )
      : [];
let verified = 0;
let total = 0;
console.log('state | verified | unverified fields | sources (guides)');
for (const f of readdirSync('content/states').sort()) {
  const s = parse(readFileSync(`content/states/${f}`, 'utf8'));
  const open = FIELDS.filter(([, ok]) => !ok(s)).map(([name]) => name);
  const src = [...new Set(ids(s))];
  const guides = src.filter((id) => kinds.get(id) === 'guide').length;
  verified += FIELDS.length - open.length;
  total += FIELDS.length;
  console.log(
    `${s.code} | ${FIELDS.length - open.length}/${FIELDS.length} | ${open.join(', ') || '-'} | ${src.length} (${guides})`,
  );
}
console.log(`all | ${verified}/${total} fields sourced (${Math.round((100 * verified) / total)}%)`);
