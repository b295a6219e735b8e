/**
 * Synthetic job postings for the benchmark: valid against src/schemas/job.ts, varied (every state, setting,
 * employment type, pay or none, remote or on site) and open as of the pinned day. Deterministic: the same
 * count and day give the same files. They are written only into a temporary copy of content/, never into content/.
 *
 * The text is generic filler about case management work, labeled synthetic; it is not published anywhere.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { STATE_CODES } from '#src/schemas/vocabulary/us-states.ts';
import { EMPLOYMENT_TYPES, JOB_SETTINGS, type JobInput } from '#src/schemas/job.ts';
import { isoDate } from '#src/lib/text/format.ts';

/** A small seeded generator (mulberry32), so runs are repeatable. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TITLES = [
  'Clinical Case Manager',
  'Behavioral Health Case Manager',
  'RN Case Manager',
  'Medical Social Worker – Case Management',
  'Care Coordinator (LCSW)',
  'Utilization Review Nurse Case Manager',
  'Child and Family Case Manager',
  'Community Health Case Manager',
  'Discharge Planner',
  'Substance Use Case Manager',
];
const EMPLOYER_WORDS = [
  'Northside',
  'Riverbend',
  'Lakeview',
  'Summit',
  'Harbor',
  'Prairie',
  'Valley',
  'Cedar',
  'Granite',
  'Meadow',
];
const EMPLOYER_KINDS = [
  'Health',
  'Medical Center',
  'Community Services',
  'Family Services',
  'Health Plan',
  'Home Health',
  'Behavioral Health',
  'County Health Department',
];
const LICENSES = [[], ['LCSW'], ['LMSW'], ['RN'], ['LCSW', 'LPC'], ['RN', 'CCM']];
const SENTENCES = [
  'Assess the needs of adults referred by the care team and write a service plan with each client.',
  'Coordinate services across physicians, therapists, insurers and community agencies.',
  'Track progress against each plan, review it at set points and update it as needs change.',
  'Arrange referrals with the client’s consent and follow each one through to the end.',
  'Keep accurate, timely records in the electronic health record and meet documentation standards.',
  'Work with families and caregivers to plan safe discharges and transitions of care.',
  'Respond to clients in crisis and connect them quickly with emergency and protective services.',
  'Take part in team meetings, supervision and case reviews.',
  'Advocate for clients with housing, benefits and transportation providers.',
  'Carry a caseload of clients with complex medical, mental health and social needs.',
];

const day = isoDate;
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);

/** Posting number i of a synthetic set, open on `asOf`. */
export function syntheticJob(i: number, asOf: Date, rnd: () => number): JobInput {
  const pick = <T>(xs: readonly T[]): T => {
    const x = xs[Math.floor(rnd() * xs.length)];
    if (x === undefined) throw new Error('syntheticJob: pick from an empty list');
    return x;
  };
  const state = STATE_CODES[i % STATE_CODES.length]!; // i % length is always a valid index
  const remoteKind = rnd();
  // About one in six is remote: half open to the whole country, half to a few states; some of those have no office.
  const remote =
    remoteKind < 0.08
      ? { eligible: 'US' as const }
      : remoteKind < 0.16
        ? {
            eligible: [state, pick(STATE_CODES), pick(STATE_CODES)].filter(
              (s, k, a) => a.indexOf(s) === k,
            ),
          }
        : undefined;
  const location =
    remote && rnd() < 0.5 ? undefined : { city: `${pick(EMPLOYER_WORDS)} City`, state };
  const payKind = rnd();
  const hourly = 22 + Math.round(rnd() * 30);
  const yearly = 48_000 + Math.round(rnd() * 50) * 1000;
  const pay =
    payKind < 0.45
      ? { min: yearly, max: yearly + 5000 + Math.round(rnd() * 20) * 1000, per: 'year' as const }
      : payKind < 0.75
        ? { min: hourly, max: hourly + Math.round(rnd() * 12), per: 'hour' as const }
        : payKind < 0.85
          ? { min: yearly, per: 'year' as const }
          : undefined;
  const employer = `${pick(EMPLOYER_WORDS)} ${pick(EMPLOYER_KINDS)}`;
  const id = `bench-${String(i).padStart(5, '0')}-${state.toLowerCase()}`;
  const paragraphs = Array.from({ length: 2 + Math.floor(rnd() * 3) }, () =>
    Array.from({ length: 2 + Math.floor(rnd() * 3) }, () => pick(SENTENCES)).join(' '),
  );
  const bullets = Array.from({ length: 3 }, () => `- ${pick(SENTENCES)}`).join('\n');
  const posted = addDays(asOf, -Math.floor(rnd() * 60));
  return {
    id,
    title: `${pick(TITLES)}${rnd() < 0.3 ? ` ${i}` : ''}`,
    employer: {
      name: employer,
      ...(rnd() < 0.7
        ? { url: `https://${employer.toLowerCase().replace(/[^a-z]+/g, '-')}.example.org/` }
        : {}),
    },
    ...(location ? { location } : {}),
    ...(remote ? { remote } : {}),
    setting: pick(Object.keys(JOB_SETTINGS)) as JobInput['setting'],
    employmentType: pick(Object.keys(EMPLOYMENT_TYPES)) as JobInput['employmentType'],
    ...(pay ? { pay } : {}),
    licenseRequired: pick(LICENSES),
    certificationsPreferred: rnd() < 0.3 ? ['CCM'] : [],
    description: `${paragraphs.join('\n\n')}\n\n${bullets}\n\n*Synthetic posting generated for the benchmark.*`,
    datePosted: day(posted),
    validThrough: day(addDays(asOf, Math.floor(rnd() * 90))),
    apply:
      rnd() < 0.8 ? { url: `https://jobs.example.org/${id}` } : { email: `jobs+${i}@example.org` },
    source: { name: 'ats', id: `bench-${i}` },
  };
}

/** `count` synthetic postings, open on `asOf`. */
export const syntheticJobs = (count: number, asOf: Date, seed = 42): JobInput[] => {
  const rnd = random(seed);
  return Array.from({ length: count }, (_, i) => syntheticJob(i, asOf, rnd));
};

/** Write postings as YAML files (one per posting, named by id) into a jobs folder. */
export function writeJobs(dir: string, jobs: JobInput[]): void {
  mkdirSync(dir, { recursive: true });
  for (const job of jobs)
    writeFileSync(join(dir, `${job.id}.yaml`), stringify(job, { lineWidth: 0 }));
}
