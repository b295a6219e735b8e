import { describe, expect, it } from 'vitest';
import { compactPath } from '#src/lib/geo/svg-path.ts';

/** Read a path of M/m/l/z commands back into absolute rings, as an SVG renderer would. */
function parse(d: string): [number, number][][] {
  const rings: [number, number][][] = [];
  let start: [number, number] = [0, 0];
  for (const [, cmd, args = ''] of d.matchAll(/([MmLlZz])([^MmLlZz]*)/g)) {
    const numbers = (args.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
    const n = (k: number) => numbers[k] ?? NaN; // a missing number fails the comparisons below
    if (cmd === 'M' || cmd === 'm') {
      start = cmd === 'M' ? [n(0), n(1)] : [start[0] + n(0), start[1] + n(1)];
      rings.push([start]);
    } else if (cmd === 'l') {
      const ring = rings.at(-1)!;
      for (let i = 0; i < numbers.length; i += 2) {
        const [x, y] = ring.at(-1)!;
        ring.push([+(x + n(i)).toFixed(1), +(y + n(i + 1)).toFixed(1)]);
      }
    }
  }
  return rings;
}

describe('compact SVG paths for the map', () => {
  it('round-trips every point to within half a unit, relative after the first', () => {
    const a: [number, number][] = [
      [10.2, 20.7],
      [30.6, 20.4],
      [30.4, 5.1],
      [10.3, 20.6],
    ];
    const b: [number, number][] = [
      [100.4, 100.4],
      [120.2, 100.1],
      [110.7, 80.2],
    ];
    const d = compactPath([a, b]);
    expect(d).toBe('M10 21l21-1-1-15zm90 79l20 0-9-20z');
    const back = parse(d);
    expect(back).toHaveLength(2);
    back.forEach((ring, i) =>
      ring.forEach(([x, y], j) => {
        const [ox, oy] = [a, b][i]?.[j] ?? [NaN, NaN];
        expect(Math.abs(x - ox)).toBeLessThanOrEqual(0.5);
        expect(Math.abs(y - oy)).toBeLessThanOrEqual(0.5);
      }),
    );
  });
  it('keeps a ring too small for whole units at one decimal instead of dropping it', () => {
    const tiny: [number, number][] = [
      [50.12, 50.14],
      [50.41, 50.18],
      [50.3, 50.44],
    ];
    const d = compactPath([tiny]);
    expect(d).toBe('M50.1 50.1l.3 .1-.1 .2z');
    expect(parse(d)[0]).toEqual([
      [50.1, 50.1],
      [50.4, 50.2],
      [50.3, 50.4],
    ]);
  });
});
