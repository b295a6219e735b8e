import type { StateRules } from '#src/schemas/state.ts';
import { formatCount } from '../../text/format';
import { yearsText } from '../amount';
import { byLevel } from '../levels';
import type { SourcedField } from '../sourced';
import type { PathFacts } from './facts';
import { practiceDuration } from './practice';
import { GOAL_INFO, START_INFO } from './starts';
import { planTotal } from './total';
import type { Cost, GoalId, Plan, StartId, Step, StepFact } from './types';

type Clinical = StateRules['clinical'];
const NOT_VERIFIED = 'Not yet verified';

/** The source id behind a state field, or null when it is absent or not yet verified. */
function srcOf(f: unknown): string | null {
  if (!f || typeof f !== 'object' || 'unverified' in f) return null;
  const src = (f as { source?: { id: string } }).source;
  return src?.id ?? null;
}

/** A state field as a step fact: its value in words, "None set", the rule's years or rate, or "Not yet verified". */
function fact(
  label: string,
  f: SourcedField | undefined,
  show: (v: never) => string,
): StepFact | null {
  if (!f) return null;
  const source = srcOf(f);
  if ('unverified' in f) return { label, text: NOT_VERIFIED, source: null };
  if ('notSet' in f) return { label, text: 'None set by the rule', source };
  if ('years' in f) return { label, text: yearsText(f, 'work'), source };
  if ('rate' in f) return { label, text: f.rate, source };
  return { label, text: show(f.value as never), source };
}

const hoursText = (n: number) => `${formatCount(n)} hours`;
const monthsText = (n: number) => `${formatCount(n)} months`;
const listText = (xs: string[]) => (xs.length ? xs.join('; ') : 'None');
const compact = <T>(xs: (T | null | undefined | false)[]): T[] => xs.filter((x): x is T => !!x);
const uniq = (xs: (string | null | undefined)[]) => [...new Set(compact(xs))];

/** The tier(s) held while gaining the hours: the file's `supervisedAs`, else the master's, else the associate tiers. */
function heldTiers(s: StateRules) {
  const held = s.clinical.supervisedAs;
  if (held && 'value' in held)
    return { tiers: s.tiers.filter((t) => held.value.includes(t.abbr)), source: held.source.id };
  const tiers = byLevel(s.tiers);
  const master = tiers.filter((t) => t.level === 'master');
  const pick = master.length ? master : tiers.filter((t) => t.level === 'associate');
  return { tiers: pick, source: pick[0]?.source.id ?? null };
}

/** A social work degree step: its typical length and its field placement, each with its source. */
function degreeStep(d: {
  id: 'bsw' | 'msw';
  title: string;
  summary: string;
  length: { text: string; source: string };
  fieldHours: number;
  f: PathFacts;
  duration: Step['duration'];
}): Step {
  return {
    id: d.id,
    kind: 'degree',
    title: d.title,
    summary: d.summary,
    facts: [
      { label: 'Typical length', ...d.length },
      {
        label: 'Field placement',
        text: `at least ${hoursText(d.fieldHours)}`,
        source: d.f.fieldHours.source,
      },
    ],
    duration: d.duration,
    costs: [],
    sources: [d.length.source, d.f.fieldHours.source],
  };
}

function degreeSteps(start: StartId, goal: GoalId, f: PathFacts): Step[] {
  const steps: Step[] = [];
  const route = START_INFO[start].route;
  if (route === 'nursing') return steps;
  if (start === 'none')
    steps.push(
      degreeStep({
        id: 'bsw',
        title: "Earn a bachelor's in social work (BSW)",
        summary: `A four-year degree, with at least ${formatCount(f.fieldHours.bsw)} hours of supervised field placement in an accredited program.`,
        length: { text: '4 years full time', source: f.bsw.source },
        fieldHours: f.fieldHours.bsw,
        f,
        duration: {
          min: f.bsw.months,
          typical: [f.bsw.months, f.bsw.months],
          basis: 'a four-year program',
        },
      }),
    );
  if (goal === 'clinical' && (start === 'none' || start === 'bsw'))
    steps.push(
      degreeStep({
        id: 'msw',
        title: "Earn a master's in social work (MSW)",
        summary: `About two years full time; with a BSW, "advanced standing" typically shortens it to about a year. It includes at least ${formatCount(f.fieldHours.msw)} hours of field placement.`,
        length: {
          text: 'about 1 year with advanced standing, about 2 years without',
          source: f.msw.source,
        },
        fieldHours: f.fieldHours.msw,
        f,
        duration: {
          min: f.msw.advancedStanding,
          typical: [f.msw.advancedStanding, f.msw.fullTime],
          basis: 'advanced standing (about a year) to full time (about two years)',
        },
      }),
    );
  return steps;
}

function nursingSteps(start: StartId, f: PathFacts): Step[] {
  if (start === 'rn') return [];
  const months = start === 'adn' ? f.nursing.adn : f.nursing.bsn;
  return [
    {
      id: 'nclex',
      kind: 'exam',
      title: `Pass the ${f.nursing.exam} exam`,
      summary:
        'The national nursing licensure exam, taken after your nursing degree. Your degree is done, so this is your next step.',
      facts: [
        {
          label: 'Your degree',
          text: `${start === 'adn' ? 'an associate degree in nursing' : "a bachelor's in nursing"} (typically ${months / 12} years)`,
          source: f.nursing.source,
        },
      ],
      duration: null,
      costs: [{ label: `${f.nursing.exam} exam`, usd: null, source: null }],
      sources: [f.nursing.source],
    },
    {
      id: 'rn-license',
      kind: 'license',
      title: 'Get your registered nurse (RN) license',
      summary:
        "Your state's board of nursing issues the RN license. Our licensing pages cover social work boards; check the board of nursing for its application and fee.",
      facts: [],
      duration: null,
      costs: [{ label: 'RN license application', usd: null, source: null }],
      sources: [f.nursing.source],
    },
  ];
}

function practiceSteps(s: StateRules, f: PathFacts): Step[] {
  const c: Clinical = s.clinical;
  const held = heldTiers(s);
  const steps: Step[] = [];
  const heldNames = held.tiers.map((t) => t.abbr).join(' or ');
  steps.push({
    id: 'held-license',
    kind: 'license',
    title: held.tiers.length
      ? `Get licensed as ${/^[AEFHILMNORSX]/.test(heldNames) ? 'an' : 'a'} ${heldNames} in ${s.name}`
      : `Get the license ${s.name} requires while you gain hours`,
    summary: held.tiers.length
      ? `${held.tiers.map((t) => `${t.abbr}: ${t.title}.`).join(' ')} You earn your supervised hours while holding it.`
      : `Our data for ${s.name} does not name the license held while gaining hours: check with the board.`,
    facts: compact([
      ...held.tiers.map((t) =>
        t.exam
          ? fact(`Exam for the ${t.abbr}`, t.exam, (v: string) => v)
          : { label: `Exam for the ${t.abbr}`, text: NOT_VERIFIED, source: null },
      ),
      c.associateTimeLimit
        ? fact('Time limit on this license', c.associateTimeLimit, (v: string) => v)
        : null,
    ]),
    duration: null,
    costs: compact([
      f.fees.aswbMasters &&
      held.tiers.some((t) => t.exam && 'value' in t.exam && /ASWB Masters/i.test(t.exam.value))
        ? {
            label: 'ASWB Masters exam',
            usd: f.fees.aswbMasters.usd,
            source: f.fees.aswbMasters.source,
          }
        : null,
      { label: `${heldNames || 'License'} application and fee`, usd: null, source: null },
    ]),
    sources: uniq([held.source, ...held.tiers.map((t) => t.source.id)]),
  });

  const duration = practiceDuration(c, f.fullTimeYear.hours);
  steps.push({
    id: 'supervised-practice',
    kind: 'practice',
    title: `Complete ${s.name}'s supervised clinical practice`,
    summary: `Post-degree clinical work under an approved supervisor. How long it takes: ${duration.basis}.`,
    facts: compact([
      fact('Total supervised hours', c.supervisedHours, hoursText),
      c.directContactHours
        ? fact('Direct client contact hours', c.directContactHours, hoursText)
        : null,
      fact('Supervision hours', c.supervisionHours, hoursText),
      fact('Minimum period', c.minimumMonths, monthsText),
      c.maximumMonths ? fact('Time limit to finish', c.maximumMonths, monthsText) : null,
      c.hoursCap ? fact('Cap on hours counted', c.hoursCap, (v: string) => v) : null,
    ]),
    duration,
    costs: [],
    sources: uniq([
      srcOf(c.supervisedHours),
      srcOf(c.directContactHours),
      srcOf(c.supervisionHours),
      srcOf(c.minimumMonths),
      srcOf(c.maximumMonths),
      c.hoursCap && srcOf(c.hoursCap),
      'value' in c.supervisedHours && !('value' in c.minimumMonths) ? f.fullTimeYear.source : null,
    ]),
  });

  if (c.initialTraining)
    steps.push({
      id: 'training',
      kind: 'training',
      title: `Complete ${s.name}'s required training`,
      summary:
        'Training the state requires before the first license, usually done alongside your hours.',
      facts: compact([fact('Required', c.initialTraining, listText)]),
      duration: null,
      costs: [],
      sources: uniq([srcOf(c.initialTraining)]),
    });

  const exam = c.exam;
  const others = c.otherExams;
  const clinicalFee =
    f.fees.aswbClinical &&
    'value' in exam &&
    /ASWB (Clinical|Advanced Generalist)/i.test(exam.value)
      ? f.fees.aswbClinical
      : null;
  steps.push({
    id: 'clinical-exam',
    kind: 'exam',
    title: 'Pass the clinical exam',
    summary: `The exam ${s.name} requires for the ${c.abbr}.`,
    facts: compact([
      fact('Exam', exam, (v: string) => v),
      others ? fact('Other exams', others, listText) : null,
    ]),
    duration: null,
    costs: compact([
      'value' in exam
        ? {
            label: `${exam.value} exam`,
            usd: clinicalFee?.usd ?? null,
            source: clinicalFee?.source ?? null,
          }
        : null,
      ...(others && 'value' in others
        ? others.value.map((e: string) => ({ label: e, usd: null, source: null }))
        : []),
    ]),
    sources: uniq([srcOf(exam), others && srcOf(others), clinicalFee?.source]),
  });

  const fees = s.fees;
  const feeCost = (label: string, x: SourcedField | undefined): Cost | null =>
    !x
      ? null
      : 'value' in x
        ? { label, usd: x.value as number, source: x.source.id }
        : { label, usd: null, source: null };
  const clinicalTier = s.tiers.find((t) => t.abbr === c.abbr)!;
  steps.push({
    id: 'clinical-license',
    kind: 'application',
    title: `Apply for the ${c.abbr}`,
    summary: `${clinicalTier.title}: ${clinicalTier.allows}`,
    facts: compact([fact('Degree required', c.degree, (v: string) => v)]),
    duration: null,
    costs: compact([
      feeCost('Application fee', fees.application),
      feeCost('License fee', fees.license),
    ]),
    sources: uniq([
      clinicalTier.source.id,
      srcOf(c.degree),
      srcOf(fees.application),
      srcOf(fees.license),
    ]),
  });
  return steps;
}

function certificationSteps(
  goal: 'ccm' | 'acm',
  start: StartId,
  f: PathFacts,
  optional: boolean,
): Step[] {
  const nurse = START_INFO[start].route === 'nursing';
  if (goal === 'ccm') {
    const w = f.ccmWork;
    return [
      {
        id: 'ccm-work',
        kind: 'work',
        title: 'Work in case management',
        summary: `CCM eligibility needs full-time case management experience: ${w.withCcm} months supervised by a CCM, or ${w.anySupervisor} months under any supervisor${nurse ? '' : ' (the clinical license is not required: a social work degree with field experience qualifies)'}.`,
        facts: [
          {
            label: 'Experience',
            text: `${w.withCcm} months (CCM supervisor) to ${w.anySupervisor} months (any supervisor), full time`,
            source: w.source,
          },
        ],
        duration: {
          min: w.withCcm,
          typical: [w.withCcm, w.anySupervisor],
          basis: `${w.withCcm} to ${w.anySupervisor} months of full-time case management`,
        },
        costs: [],
        sources: [w.source],
        optional,
      },
      {
        id: 'ccm-exam',
        kind: 'certification',
        title: 'Pass the CCM exam',
        summary: 'Apply to the Commission for Case Manager Certification and pass its exam.',
        facts: [],
        duration: null,
        costs: f.fees.ccm,
        sources: uniq([w.source, ...f.fees.ccm.map((c) => c.source)]),
        optional,
      },
    ];
  }
  const w = f.acmWork;
  return [
    {
      id: 'acm-work',
      kind: 'work',
      title: 'Work in health-system case management',
      summary: `ACM eligibility needs at least one year (${formatCount(w.hours)} hours) of full-time, supervised, paid case management in a health delivery system, with ${nurse ? 'an RN license' : 'a social work degree or license'}.`,
      facts: [
        {
          label: 'Experience',
          text: `${formatCount(w.hours)} hours (one year full time)`,
          source: w.source,
        },
      ],
      duration: { min: w.months, typical: [w.months, w.months], basis: 'one year full time' },
      costs: [],
      sources: [w.source],
      optional,
    },
    {
      id: 'acm-exam',
      kind: 'certification',
      title: 'Pass the ACM exam',
      summary: 'Apply to the American Case Management Association and pass both parts of its exam.',
      facts: [],
      duration: null,
      costs: f.fees.acm,
      sources: uniq([w.source, ...f.fees.acm.map((c) => c.source)]),
      optional,
    },
  ];
}

/** What the goal is called for this state: "the LCSW", "the CCM certification". */
export const goalLabel = (s: StateRules, goal: GoalId): string =>
  goal === 'clinical' ? `the ${s.clinical.abbr}` : `the ${GOAL_INFO[goal].short} certification`;

/**
 * The ordered steps from a start to a goal in a state, with the total. Social work starts aim for the
 * clinical license by default, and the plan ends with an optional CCM (not counted in the total).
 * Throws when the start cannot reach the goal (nursing starts and the clinical social work license).
 */
export function planPath(s: StateRules, start: StartId, goal: GoalId, f: PathFacts): Plan {
  if (!START_INFO[start].goals.includes(goal))
    throw new Error(`planPath: the start "${start}" does not lead to the goal "${goal}"`);
  const steps: Step[] = [...degreeSteps(start, goal, f)];
  if (START_INFO[start].route === 'nursing') steps.push(...nursingSteps(start, f));
  if (goal === 'clinical') {
    steps.push(...practiceSteps(s, f));
    steps.push(...certificationSteps('ccm', start, f, true));
  } else steps.push(...certificationSteps(goal, start, f, false));
  return {
    state: { code: s.code, name: s.name },
    start,
    goal,
    goalLabel: goalLabel(s, goal),
    steps,
    total: planTotal(steps),
  };
}
