/** A ring of points, as the path generator draws it (the first point is not repeated at the end). */
export type Ring = [number, number][];

/**
 * Rings as a compact SVG path: coordinates rounded to whole units of the map's box (under 1.5 px at 1280 px
 * wide), a point that rounds onto the one before it left out, and every point after the first written relative
 * to the one before (small numbers compress well). Rounding is applied to each absolute point, so errors do not
 * add up along a ring. A ring that rounding would collapse (fewer than 3 distinct points, such as a small
 * island) keeps one decimal instead, so no shape disappears.
 */
export function compactPath(rings: Ring[]): string {
  let out = '';
  // After "z" the current point is the start of the ring just closed; "m" is relative to it.
  let at: [number, number] | null = null;
  for (const ring of rings) {
    const whole = distinct(ring, 1);
    const [points, scale] = whole.length >= 3 ? [whole, 1] : [distinct(ring, 10), 10];
    const [start] = points;
    if (!start || points.length < 2) continue;
    const [x0, y0] = start;
    out +=
      at === null
        ? `M${num(x0, scale)} ${num(y0, scale)}`
        : `m${num(x0 - at[0] * scale, scale)} ${num(y0 - at[1] * scale, scale)}`;
    out += 'l';
    let prev = start;
    for (const [i, p] of points.entries()) {
      if (i === 0) continue;
      const dx = num(p[0] - prev[0], scale);
      const dy = num(p[1] - prev[1], scale);
      out += `${i > 1 && !dx.startsWith('-') ? ' ' : ''}${dx}${dy.startsWith('-') ? '' : ' '}${dy}`;
      prev = p;
    }
    out += 'z';
    at = [x0 / scale, y0 / scale];
  }
  return out;
}

/** The ring's points in units of 1/scale, consecutive repeats (and a closing repeat of the first) left out. */
function distinct(ring: Ring, scale: number): [number, number][] {
  const out: [number, number][] = [];
  for (const [x, y] of ring) {
    const p: [number, number] = [Math.round(x * scale), Math.round(y * scale)];
    const last = out.at(-1);
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  const [first, last] = [out[0], out.at(-1)];
  if (out.length > 1 && first && last && first[0] === last[0] && first[1] === last[1]) out.pop();
  return out;
}

/** An integer count of 1/scale units as the shortest decimal text ("-0.5" as "-.5"). */
const num = (units: number, scale: number): string =>
  String(Math.round(units) / scale).replace(/^(-?)0\./, '$1.');
