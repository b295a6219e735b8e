// Take desktop (1280 px) and phone (375 px) screenshots of built pages, for looking at the site as a visitor would.
// Usage: npm run screenshots -- [path ...]   (serve dist first: npm run preview)
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { chromiumLaunchOptions } from './lib/browser.ts';

const base = process.env.SCREENSHOT_BASE ?? 'http://127.0.0.1:4321';
const out = process.env.SCREENSHOT_DIR ?? 'reports/screenshots';
const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/'];
const scheme = process.env.COLOR_SCHEME === 'dark' ? 'dark' : 'light';
mkdirSync(out, { recursive: true });
const browser = await chromium.launch(chromiumLaunchOptions());
for (const [label, width] of [
  ['desktop', 1280],
  ['phone', 375],
] as const) {
  const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
  for (const p of paths) {
    await page.goto(base + p, { waitUntil: 'networkidle' });
    const file = `${out}/${p.replace(/[^a-z0-9]+/gi, '_') || 'home'}-${label}-${scheme}.png`;
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
    // Tall pages are hard to read as one image: also write viewport-height slices (SLICES=n).
    const slices = Number(process.env.SLICES ?? 0);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let i = 0; i < slices && i * 1200 < height; i++) {
      const slice = file.replace(/\.png$/, `-${i + 1}.png`);
      await page.screenshot({
        path: slice,
        fullPage: true,
        clip: { x: 0, y: i * 1200, width, height: Math.min(1200, height - i * 1200) },
      });
      console.log(slice);
    }
  }
  await page.close();
}
await browser.close();
