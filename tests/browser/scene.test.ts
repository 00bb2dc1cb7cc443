// The receptor scene in headless Chromium: it draws molecules of several ligands, shows heroin
// turned away by naltrexone (and says so in the live region), survives a lost WebGL context, keeps
// still under reduced motion, fits a phone, and gives way to a plain message without WebGL.
// The page exposes the scene's test handle as window.__receptorScene (src/testing/scene-hooks.ts).
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { LESSONS } from '../../sim/index';
import { LIGAND_STYLE, SCENE_COLOURS } from '../../src/theme';
import { CHROME_ARGS, expectClean, launch, openApp, useApp } from './harness';

useApp();

const BLOCKADE = LESSONS.find((l) => l.id === 'blockade')!.scenario;
/** Half an hour after the heroin dose of the blockade lesson (day 13.5), naltrexone on board. */
const HEROIN_ON_NALTREXONE_H = 13.5 * 24 + 0.05;

async function showBlockade(page: Page, timeH = HEROIN_ON_NALTREXONE_H): Promise<void> {
  await page.evaluate(
    ([scenario, t]) => {
      const { store } = window.__receptorScene!;
      window.__receptorScene!.pause();
      store.setScenario(scenario);
      store.setTime(t);
    },
    [BLOCKADE, timeH] as const,
  );
}

/** Pixels of the scene's stage near each colour, counted in the page from a screenshot. */
async function colourCounts(page: Page, colours: Record<string, number>): Promise<Record<string, number>> {
  const png = (await page.locator('.scene-stage').screenshot()).toString('base64');
  return page.evaluate(
    async ([data, targets]) => {
      const img = new Image();
      img.src = `data:image/png;base64,${data}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const px = ctx.getImageData(0, 0, c.width, c.height).data;
      const out: Record<string, number> = {};
      for (const [name, rgb] of Object.entries(targets)) {
        const [r, g, b] = [(rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255];
        let n = 0;
        for (let i = 0; i < px.length; i += 4)
          if (Math.abs(px[i]! - r) + Math.abs(px[i + 1]! - g) + Math.abs(px[i + 2]! - b) < 24) n++;
        out[name] = n;
      }
      return out;
    },
    [png, colours] as const,
  );
}

test('the canvas is drawn, with molecules of at least three ligands in their own colours', async () => {
  const app = await openApp();
  await showBlockade(app.page);
  await app.page.waitForTimeout(1200);
  const ligands = ['endorphin', 'heroin', 'naltrexone', '6-beta-naltrexol'] as const;
  const counts = await colourCounts(
    app.page,
    Object.fromEntries(ligands.map((l) => [l, LIGAND_STYLE[l].color])),
  );
  const drawn = Object.entries(counts).filter(([, n]) => n >= 40);
  expect(drawn.length, JSON.stringify(counts)).toBeGreaterThanOrEqual(3);
  expect(await app.page.locator('.scene-legend li').count()).toBeGreaterThanOrEqual(4);
  expectClean(app);
});

test('naltrexone blocks heroin: molecules are turned away and the live description says so', async () => {
  const app = await openApp();
  await showBlockade(app.page);
  await app.page.waitForFunction(() => (window.__receptorScene!.turnedAway().heroin ?? 0) >= 3, null, {
    timeout: 10_000,
  });
  const held = await app.page.evaluate(() => window.__receptorScene!.held());
  expect(held.naltrexone).toBeGreaterThan(15);
  expect(held.heroin ?? 0).toBe(0);
  const live = app.page.locator('#scene-description');
  await expect(live.getAttribute('aria-live')).resolves.toBe('polite');
  await app.page.waitForFunction(
    () => /heroin[^;]*turned away/.test(document.getElementById('scene-description')!.textContent ?? ''),
    null,
    { timeout: 6000 },
  );
  await expect(live.textContent()).resolves.toMatch(/of 24 receptors held by naltrexone/);
  await expect(app.page.locator('.scene-counter-value').textContent()).resolves.not.toBe('0');
  expectClean(app);
});

test('on the projector a blocked receptor carries a bright padlock, and a bounce shows in the flash colour', async () => {
  const app = await openApp({ path: '?mode=lecture', viewport: { width: 1280, height: 720 } });
  const { page } = app;
  await showBlockade(page);
  await page.waitForTimeout(1200);
  // Most receptors are held by naltrexone, each under a padlock in the lock's bright colour.
  const still = await colourCounts(page, { lock: SCENE_COLOURS.lock, flash: SCENE_COLOURS.blocked });
  expect(still.lock ?? 0, JSON.stringify(still)).toBeGreaterThan(15 * 6);
  expect(await page.locator('.scene-legend li', { hasText: /blocked/i }).count()).toBe(1);
  // A bounce shows in the flash colour (its ring, and in the hall the receptor itself flashes):
  // caught in one of a few looks while heroin arrives and is turned away.
  await page.evaluate(() => window.__receptorScene!.play(1 / 60));
  let flashed = 0;
  for (let i = 0; i < 20 && flashed < 30; i++) {
    await page.waitForTimeout(150);
    flashed = Math.max(flashed, (await colourCounts(page, { flash: SCENE_COLOURS.blocked })).flash ?? 0);
  }
  expect(await page.evaluate(() => window.__receptorScene!.turnedAway().heroin ?? 0)).toBeGreaterThan(0);
  expect(flashed).toBeGreaterThanOrEqual(30);
  expectClean(app);
});

test('the live description changes at most every two seconds', async () => {
  const app = await openApp();
  await app.page.evaluate(() => {
    const changes: number[] = [];
    new MutationObserver(() => changes.push(performance.now())).observe(
      document.getElementById('scene-description')!,
      {
        childList: true,
        characterData: true,
        subtree: true,
      },
    );
    (window as unknown as { changes: number[] }).changes = changes;
    window.__receptorScene!.play(24);
  });
  await app.page.waitForTimeout(7000);
  const changes = await app.page.evaluate(() => (window as unknown as { changes: number[] }).changes);
  for (let i = 1; i < changes.length; i++) expect(changes[i]! - changes[i - 1]!).toBeGreaterThanOrEqual(1900);
  expectClean(app);
});

test('a lost WebGL context is restored within a second, with the receptors as they were', async () => {
  const app = await openApp();
  await showBlockade(app.page, 12 * 24);
  await app.page.waitForTimeout(500);
  const before = await app.page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('.scene-stage canvas')!;
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    const states = window.__receptorScene!.siteStates();
    gl!.getExtension('WEBGL_lose_context')!.loseContext();
    return states;
  });
  await app.page.waitForFunction(() => window.__receptorScene!.contextRestores >= 1, null, { timeout: 1000 });
  const after = await app.page.evaluate(() => window.__receptorScene!.siteStates());
  // The same actors carry on: at most a few sites changed hands during the second it took.
  const ligand = (state: string) => state.split(' ')[1] ?? 'free';
  expect(after.filter((s, i) => ligand(s) !== ligand(before[i]!)).length).toBeLessThanOrEqual(4);
  await app.page.waitForTimeout(300);
  await expect(app.page.locator('.scene-status').isHidden()).resolves.toBe(true);
  const counts = await colourCounts(app.page, { naltrexone: LIGAND_STYLE.naltrexone.color });
  expect(counts.naltrexone).toBeGreaterThan(100);
  expectClean(app);
});

test('under reduced motion molecules do not drift, while receptors still change', async () => {
  for (const how of ['system', 'toggle'] as const) {
    const app = await openApp({ reducedMotion: how === 'system' ? 'reduce' : 'no-preference' });
    if (how === 'toggle')
      await app.page.evaluate(() => {
        const { store } = window.__receptorScene!;
        store.set({ prefs: { ...store.get().prefs, reducedMotion: true } });
      });
    await showBlockade(app.page, 12 * 24);
    await app.page.waitForTimeout(300);
    const scene = () => app.page.evaluate(() => window.__receptorScene!.molecules());
    const states = () => app.page.evaluate(() => window.__receptorScene!.siteChanges());
    const [m0, s0] = [await scene(), await states()];
    await app.page.waitForTimeout(2500);
    const [m1, s1] = [await scene(), await states()];
    expect(m0.length).toBeGreaterThan(20);
    expect(m1, how).toEqual(m0);
    expect(s1, how).toBeGreaterThan(s0);
    expectClean(app);
  }
});

test('without reduced motion the molecules drift', async () => {
  const app = await openApp();
  const m0 = await app.page.evaluate(() => window.__receptorScene!.molecules());
  await app.page.waitForTimeout(500);
  const m1 = await app.page.evaluate(() => window.__receptorScene!.molecules());
  expect(m1).not.toEqual(m0);
});

test('on a phone in portrait the scene fits its box, crisp at the screen density', async () => {
  const app = await openApp({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3 });
  const size = await app.page.evaluate(() => {
    const stage = document.querySelector<HTMLElement>('.scene-stage')!;
    const canvas = stage.querySelector('canvas')!;
    return { w: stage.clientWidth, h: stage.clientHeight, cw: canvas.width, ch: canvas.height };
  });
  expect(size.h).toBeGreaterThan(size.w);
  expect(size.cw).toBe(size.w * 3);
  expect(size.ch).toBe(size.h * 3);
  expectClean(app);
});

test('the scene follows its container when the window is resized', async () => {
  const app = await openApp();
  await app.page.setViewportSize({ width: 900, height: 700 });
  await app.page.waitForTimeout(300);
  const size = await app.page.evaluate(() => {
    const stage = document.querySelector<HTMLElement>('.scene-stage')!;
    const canvas = stage.querySelector('canvas')!;
    return { w: stage.clientWidth, cw: canvas.clientWidth };
  });
  expect(size.cw).toBe(size.w);
  expectClean(app);
});

test('without WebGL a plain message takes the place of the scene and the rest works', async () => {
  const browser = await launch({ args: [...CHROME_ARGS, '--disable-webgl', '--disable-3d-apis'] });
  try {
    const app = await openApp({ browser });
    await expect(app.page.locator('#scene .scene-message').textContent()).resolves.toMatch(/WebGL/);
    expect(await app.page.locator('#scene canvas').count()).toBe(0);
    expect(await app.page.locator('#charts svg path').count()).toBeGreaterThan(0);
    await showBlockade(app.page);
    await app.page.waitForFunction(
      () => /held by naltrexone/.test(document.getElementById('scene-description')!.textContent ?? ''),
      null,
      { timeout: 6000 },
    );
    expectClean(app);
  } finally {
    await browser.close();
  }
});
