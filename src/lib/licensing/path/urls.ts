import { stateSlug } from '../../geo/state-slug';
import { defaultGoal, START_INFO } from './starts';
import { STARTS, type GoalId, type StartId } from './types';

/** The planner's page for a state and start: /career/path/texas/msw/. */
export const pathHref = (stateName: string, start: StartId): string =>
  `/career/path/${stateSlug(stateName)}/${start}/`;

/** The planner's page for a state, listing every start: /career/path/texas/. */
export const statePathHref = (stateName: string): string => `/career/path/${stateSlug(stateName)}/`;

/** The anchor of a goal's section on a path page; the default goal needs none. */
export const goalAnchor = (start: StartId, goal: GoalId): string =>
  goal === defaultGoal(start) ? '' : `#goal-${goal}`;

/**
 * Where the planner form leads: its query (?state=texas&start=msw&goal=ccm) as a page path, or null when the
 * query does not name a known state and start. Used by the form's script; hosts without JavaScript use the
 * redirect rule in _redirects or the links under the form.
 */
export function pathFromQuery(query: string, stateSlugs: string[]): string | null {
  const q = new URLSearchParams(query);
  const state = q.get('state') ?? '';
  const start = q.get('start') ?? '';
  if (!stateSlugs.includes(state) || !(STARTS as readonly string[]).includes(start)) return null;
  const s = start as StartId;
  const goal = q.get('goal') ?? '';
  const anchor = START_INFO[s].goals.includes(goal as GoalId) ? goalAnchor(s, goal as GoalId) : '';
  return `/career/path/${state}/${s}/${anchor}`;
}
