// The built app loads, draws its first chart and stays clean.
import { expect, test } from 'vitest';
import { expectClean, openApp, useApp } from './harness';

useApp();

test('the app loads, says it is not medical advice and draws a chart', async () => {
  const app = await openApp();
  await expect(app.page.locator('#disclaimer').textContent()).resolves.toMatch(/not medical advice/i);
  expect(await app.page.locator('#charts svg path').count()).toBeGreaterThan(0);
  expectClean(app);
});

test('nothing jumps while the app loads, on a phone or a laptop (layout shift under 0.05)', async () => {
  for (const viewport of [
    { width: 412, height: 823 },
    { width: 1350, height: 940 },
  ]) {
    const app = await openApp({ viewport });
    await app.page.waitForTimeout(1000);
    // Buffered: every shift since the page started, the ones before this call included.
    const shift = await app.page.evaluate(
      () =>
        new Promise<number>((done) => {
          new PerformanceObserver((list) => {
            const entries = list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[];
            done(entries.filter((e) => !e.hadRecentInput).reduce((sum, e) => sum + e.value, 0));
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => done(0), 500);
        }),
    );
    expect(shift, `layout shift at ${viewport.width}x${viewport.height}`).toBeLessThan(0.05);
    expectClean(app);
  }
});

test('a phone in portrait never scrolls sideways, in any mode', async () => {
  for (const width of [320, 390]) {
    for (const mode of ['student', 'lecture', 'counsellor']) {
      const app = await openApp({ viewport: { width, height: 800 }, path: `?lesson=blockade&mode=${mode}` });
      const overflow = await app.page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
      expect(overflow, `${mode} at ${width} px`).toBeLessThanOrEqual(0);
      expectClean(app);
      await app.context.close();
    }
  }
});
