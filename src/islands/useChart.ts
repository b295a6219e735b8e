import { useEffect, type RefObject } from 'react';
import type { ChartConfiguration } from 'chart.js';

type Colors = { text: string; muted: string; grid: string; primary: string; secondary: string };

/**
 * Draw a chart.js chart on a canvas once the chart code has loaded (it is imported lazily), redraw it when
 * `deps` change or the color scheme flips, and clean up on unmount.
 */
export function useChart(
  canvas: RefObject<HTMLCanvasElement | null>,
  config: (c: Colors) => ChartConfiguration,
  deps: unknown[],
): void {
  useEffect(() => {
    let chart: { destroy(): void } | undefined;
    let stop = () => {};
    let canceled = false;
    import('./chart-theme').then(({ Chart, themeColors, onSchemeChange }) => {
      if (canceled || !canvas.current) return;
      const draw = () => {
        chart?.destroy();
        chart = new Chart(canvas.current!, config(themeColors()));
      };
      draw();
      stop = onSchemeChange(draw);
    });
    return () => {
      canceled = true;
      stop();
      chart?.destroy();
    };
    // The caller names what the chart depends on; a chart is rebuilt only when those change.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- deps is the caller's own dependency list
  }, deps);
}
