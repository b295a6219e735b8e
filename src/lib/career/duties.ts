import type { DUTY_AREAS } from '#src/schemas/duty.ts';

export type DutyArea = (typeof DUTY_AREAS)[number];

/** Headings for each stage of the case management process, in plain words. */
export const AREA_LABEL: Record<DutyArea, string> = {
  assessment: 'Assessing needs',
  planning: 'Planning care',
  facilitation: 'Making services happen',
  coordination: 'Coordinating care',
  evaluation: 'Checking progress and outcomes',
  advocacy: 'Advocating for clients',
  'professional-practice': 'Professional practice',
};

const ORDER = Object.keys(AREA_LABEL) as DutyArea[];

/** Group duties by area, areas in process order, duties by their own order; empty areas are left out. */
export function groupDuties<T extends { data: { area: DutyArea; order: number } }>(duties: T[]) {
  return ORDER.map((area) => ({
    area,
    duties: duties.filter((d) => d.data.area === area).sort((a, b) => a.data.order - b.data.order),
  })).filter((g) => g.duties.length > 0);
}
