import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  Tooltip,
} from 'chart.js';

// Register only the pieces the pay charts use, so the bundle carries no unused chart types.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);
Chart.defaults.animation = false;

/** Colors from the page's own CSS tokens, so charts follow the light or dark scheme. */
export function themeColors() {
  const css = getComputedStyle(document.documentElement);
  const v = (name: string) => css.getPropertyValue(name).trim();
  return {
    text: v('--text'),
    muted: v('--muted'),
    grid: v('--border'),
    primary: v('--accent'),
    secondary: v('--link'),
  };
}

/** Re-run `draw` when the visitor's color scheme changes. Returns a function that stops listening. */
export function onSchemeChange(draw: () => void): () => void {
  const mq = window.matchMedia('(prefers-color-scheme: dark)');
  mq.addEventListener('change', draw);
  return () => mq.removeEventListener('change', draw);
}

export { Chart };
