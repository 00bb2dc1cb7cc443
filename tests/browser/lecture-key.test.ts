// The scene's key in lecture mode stands beside the picture and scrolls when the stage is short (a
// small projector window, 800x600): it is then a tab stop named by its label, scrolls from the
// keyboard, and axe finds nothing (scrollable-region-focusable); on a laptop, where all of it shows,
// it is no tab stop at all. In English and in Spanish (its words are longer).
import { describe, expect, test } from 'vitest';
import { axeCheck, expectClean, openApp, useApp } from './harness';

useApp();

describe.each(['en', 'es'])('the lecture key (lang=%s)', (lang) => {
  test('on a short stage it scrolls, and the keyboard can scroll it', async () => {
    const app = await openApp({
      path: `?mode=lecture&lang=${lang}&lesson=too-early&step=3`,
      viewport: { width: 800, height: 600 },
      reducedMotion: 'reduce',
    });
    const { page } = app;
    const key = page.locator('.scene-legend');
    const sizes = () =>
      key.evaluate((l) => ({ scroll: l.scrollHeight, box: l.clientHeight, top: l.scrollTop }));
    expect((await sizes()).scroll).toBeGreaterThan((await sizes()).box); // the case under test
    await expect.poll(() => key.getAttribute('tabindex')).toBe('0');
    expect(await key.getAttribute('aria-label')).toMatch(/^(Key to the picture|Leyenda de la imagen)$/);
    await key.focus();
    await page.keyboard.press('End');
    await expect.poll(async () => (await sizes()).top).toBeGreaterThan(0);
    expect(await axeCheck(page)).toEqual([]);
    expectClean(app);
  });

  test('on a laptop all of it shows, and it is no tab stop', async () => {
    const app = await openApp({
      path: `?mode=lecture&lang=${lang}&lesson=too-early&step=3`,
      viewport: { width: 1280, height: 720 },
      reducedMotion: 'reduce',
    });
    const key = app.page.locator('.scene-legend');
    expect(await key.evaluate((l) => l.scrollHeight <= l.clientHeight + 1)).toBe(true);
    expect(await key.getAttribute('tabindex')).toBeNull();
    expectClean(app);
  });
});
