import type { StateRules } from '#src/schemas/state.ts';

/** Props every state-page section takes: the state's rules and the page's numbered source list. */
export interface StateSectionProps {
  state: StateRules;
  refs: Map<string, { n: number; title: string }>;
}
