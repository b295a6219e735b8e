import type { GoalId, StartId } from './types';

/** The starting points as the form and the pages name them, with the goals each can aim for (default first). */
export const START_INFO: Record<
  StartId,
  { label: string; short: string; route: 'social-work' | 'nursing'; goals: GoalId[] }
> = {
  none: {
    label: 'No degree yet',
    short: 'no degree yet',
    route: 'social-work',
    goals: ['clinical', 'ccm', 'acm'],
  },
  bsw: {
    label: "A bachelor's in social work (BSW)",
    short: 'a BSW',
    route: 'social-work',
    goals: ['clinical', 'ccm', 'acm'],
  },
  msw: {
    label: "A master's in social work (MSW)",
    short: 'an MSW',
    route: 'social-work',
    goals: ['clinical', 'ccm', 'acm'],
  },
  'msw-clinical': {
    label: 'An MSW with a clinical concentration',
    short: 'an MSW with a clinical concentration',
    route: 'social-work',
    goals: ['clinical', 'ccm', 'acm'],
  },
  adn: {
    label: 'An associate degree in nursing (ADN)',
    short: 'an ADN',
    route: 'nursing',
    goals: ['ccm', 'acm'],
  },
  bsn: {
    label: "A bachelor's in nursing (BSN)",
    short: 'a BSN',
    route: 'nursing',
    goals: ['ccm', 'acm'],
  },
  rn: {
    label: 'A registered nurse (RN) license',
    short: 'an RN license',
    route: 'nursing',
    goals: ['ccm', 'acm'],
  },
};

/** The goals in plain words. */
export const GOAL_INFO: Record<GoalId, { label: string; short: string }> = {
  clinical: { label: 'The clinical social work license', short: 'clinical license' },
  ccm: { label: 'The Certified Case Manager (CCM) certification', short: 'CCM' },
  acm: { label: 'The Accredited Case Manager (ACM) certification', short: 'ACM' },
};

/** The default goal of a start: the first it can aim for. */
export const defaultGoal = (start: StartId): GoalId => START_INFO[start].goals[0] ?? 'ccm';
