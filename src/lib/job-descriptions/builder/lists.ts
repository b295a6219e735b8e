import type { ListItem } from './types';

/** Move a line up (delta -1) or down (+1); out-of-range moves leave the list as it is. */
export function moveItem(list: ListItem[], index: number, delta: -1 | 1): ListItem[] {
  const to = index + delta;
  const moving = list[index];
  const other = list[to];
  if (!moving || !other) return list;
  const next = [...list];
  next[index] = other;
  next[to] = moving;
  return next;
}

export const toggleItem = (list: ListItem[], index: number, checked: boolean): ListItem[] =>
  list.map((it, i) => (i === index ? { ...it, checked } : it));

export const editItem = (list: ListItem[], index: number, text: string): ListItem[] =>
  list.map((it, i) => (i === index ? { ...it, text } : it));

/** Add a ticked line of the user's own at the end, with an id no other line has. */
export function addItem(list: ListItem[], text: string): ListItem[] {
  let n = list.length + 1;
  while (list.some((it) => it.id === `custom-${n}`)) n++;
  return [...list, { id: `custom-${n}`, text, checked: true }];
}

export const removeItem = (list: ListItem[], index: number): ListItem[] =>
  list.filter((_, i) => i !== index);

/** What a screen reader hears after a move: "Moved “Assess needs…” to position 2 of 10." */
export function moveAnnouncement(list: ListItem[], newIndex: number): string {
  const text = list[newIndex]?.text.replace(/\s+/g, ' ').trim() ?? '';
  const short = text.length > 60 ? `${text.slice(0, 57)}…` : text;
  return `Moved “${short}” to position ${newIndex + 1} of ${list.length}.`;
}
