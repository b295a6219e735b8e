import type { StateRules } from '#src/schemas/state.ts';

/** One entry of a state page's numbered source list: its number, title and kind (guide sources are flagged). */
export interface PageRef {
  n: number;
  title: string;
  kind?: string;
}

/** Props every state-page section takes: the state's rules and the page's numbered source list. */
export interface StateSectionProps {
  state: StateRules;
  refs: Map<string, PageRef>;
}
