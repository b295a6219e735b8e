/** Where a reader starts from. Social work starts aim for the clinical license by default; nursing starts for the CCM. */
export const STARTS = ['none', 'bsw', 'msw', 'msw-clinical', 'adn', 'bsn', 'rn'] as const;
export type StartId = (typeof STARTS)[number];

/** Where a reader wants to get to: the clinical social work license, or a case-management certification. */
export const GOALS = ['clinical', 'ccm', 'acm'] as const;
export type GoalId = (typeof GOALS)[number];

/**
 * How long a step takes, in months. `min` is the shortest the rules or sources allow; `typical` is a range
 * from the sources. null means the figure is not yet verified (the total then says so, never guesses).
 */
export interface Duration {
  min: number | null;
  typical: [number, number] | null;
  /** How the figure was reached, in plain words ("3,000 hours at full time, 2,080 hours a year"). */
  basis: string;
}

/** A cost of a step: a sourced amount in US dollars, or a known cost whose amount is not yet verified (usd null). */
export interface Cost {
  label: string;
  usd: number | null;
  source: string | null;
}

/** One fact shown inside a step ("Supervision hours: 100"), with its source, or null when not yet verified. */
export interface StepFact {
  label: string;
  text: string;
  source: string | null;
}

export type StepKind =
  | 'degree'
  | 'license'
  | 'exam'
  | 'practice'
  | 'work'
  | 'training'
  | 'application'
  | 'certification';

/** One step on the path, in order. */
export interface Step {
  id: string;
  kind: StepKind;
  title: string;
  /** Plain sentences under the title. */
  summary: string;
  facts: StepFact[];
  /** null: the step has no length of its own (an exam, an application) and adds nothing to the total. */
  duration: Duration | null;
  costs: Cost[];
  /** Every source behind the step. */
  sources: string[];
  /** Optional steps are shown but left out of the total. */
  optional?: boolean;
}

/** The sum of the steps: months, with what could not be counted. */
export interface Total {
  /** Shortest, or null when a counted step's minimum is not yet verified. */
  min: number | null;
  /** Typical range, or null when a counted step's typical length is not yet verified. */
  typical: [number, number] | null;
  /** The steps whose minimum is not verified (titles). */
  minUnverified: string[];
  /** The steps whose typical length is not verified (titles). */
  typicalUnverified: string[];
  /** Known costs added up (dollars), and how many costs are not yet verified. */
  knownCost: number;
  unknownCosts: number;
}

/** A whole plan: the steps to one goal from one start in one state. */
export interface Plan {
  state: { code: string; name: string };
  start: StartId;
  goal: GoalId;
  /** What the goal is called here: "the LCSW", "the CCM certification". */
  goalLabel: string;
  steps: Step[];
  total: Total;
}
