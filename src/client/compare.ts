import { MAX_COMPARED, parseSelection, selectionQuery } from '#src/lib/licensing/compare.ts';

/**
 * The side-by-side comparison: the states chosen in the URL (?s=tx,ny) keep their columns, the others are
 * hidden; the selects change the choice and the URL (so it can be shared). No choice: every state shows.
 */
for (const form of document.querySelectorAll<HTMLFormElement>('[data-compare-pick]')) {
  const codes = (form.dataset.codes ?? '').split(' ');
  const selects = [...form.querySelectorAll('select')];
  const status = form.querySelector<HTMLElement>('[data-compare-status]')!;
  const cells = [...document.querySelectorAll<HTMLElement>('.side-by-side [data-code]')];
  const nameOf = new Map(
    [...(selects[0]?.options ?? [])].filter((o) => o.value).map((o) => [o.value, o.text]),
  );

  const show = (chosen: string[]) => {
    for (const c of cells) c.hidden = chosen.length > 0 && !chosen.includes(c.dataset.code ?? '');
    selects.forEach((s, i) => (s.value = chosen[i] ?? ''));
    status.textContent = chosen.length
      ? `Comparing ${chosen.map((c) => nameOf.get(c)).join(', ')}.`
      : `Showing all ${codes.length} jurisdictions; choose up to ${MAX_COMPARED} to compare.`;
  };

  form.hidden = false;
  show(parseSelection(location.search, codes));
  form.addEventListener('change', () => {
    const chosen = parseSelection(
      selects.map((s) => `s=${encodeURIComponent(s.value)}`).join('&'),
      codes,
    );
    history.replaceState(null, '', `${location.pathname}${selectionQuery(chosen)}`);
    show(chosen);
  });
  form.addEventListener('submit', (e) => e.preventDefault());
}
