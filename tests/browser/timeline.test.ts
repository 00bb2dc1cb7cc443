// The linked timeline in a real browser: scrubbing moves the one cursor (readout, slider, scene),
// giving a dose redraws the charts, playback works from the keyboard alone, every export equals the
// engine's own output, and a bad scenario file is refused without losing the session.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { simulate, toCsv, toJson, validateScenario, type Scenario } from '../../sim/index';
import { expectClean, openApp, useApp } from './harness';

useApp();

const readoutTime = (page: Page) => page.locator('.tl-readout-time').textContent();
const value = (page: Page, key: string) => page.locator(`.tl-readout dd[data-key="${key}"]`).textContent();
const sliderValue = (page: Page) => page.locator('#tl-time').inputValue().then(Number);

/** Drags across a chart's plot from one fraction of its width to another. */
async function drag(page: Page, chart: string, from: number, to: number) {
  const svg = page.locator(`.tl-chart--${chart} svg.tl-svg`);
  // Centre it, clear of the sticky play bar.
  await svg.evaluate((e) => e.scrollIntoView({ block: 'center' }));
  const box = (await svg.boundingBox())!;
  const left = box.x + 76;
  const width = box.width - 76 - 20;
  const y = box.y + box.height / 2;
  await page.mouse.move(left + width * from, y);
  await page.mouse.down();
  for (let k = 1; k <= 10; k++) await page.mouse.move(left + width * (from + ((to - from) * k) / 10), y);
  await page.mouse.up();
}

async function downloadOf(page: Page, click: () => Promise<void>) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return {
    name: download.suggestedFilename(),
    text: readFileSync((await download.path())!, 'utf8'),
    download,
  };
}

/** The app's current scenario, through its own "save scenario" button. */
async function savedScenario(page: Page): Promise<Scenario> {
  const { text } = await downloadOf(page, () =>
    page.getByRole('button', { name: 'Save scenario (JSON)' }).click(),
  );
  const v = validateScenario(JSON.parse(text));
  if (!v.ok) throw new Error(v.errors.join('\n'));
  return v.scenario;
}

/** The dose panel filled in for heroin 25 mg into a vein, and its "Give the dose" button. */
async function heroinFormFilled(page: Page) {
  const panel = page.locator('#dose-panel');
  await panel.getByLabel('Drug', { exact: true }).selectOption('heroin');
  await panel.getByLabel('Route', { exact: true }).selectOption('iv');
  await panel.getByRole('button', { name: '25 mg', exact: true }).click();
  return { panel, give: panel.getByRole('button', { name: 'Give the dose' }) };
}

test('dragging the cursor across a chart changes the readout, the slider and the scene', async () => {
  const app = await openApp({ path: '?lesson=blockade' });
  const { page } = app;
  await drag(page, 'occupancy', 0.9, 0.05);
  const early = { time: await readoutTime(page), ntx: await value(page, 'occupancy.naltrexone') };
  const earlySlider = await sliderValue(page);
  const earlyScene = await page.locator('#scene-description').textContent();
  await drag(page, 'feel', 0.05, 0.6);
  await expect.poll(() => readoutTime(page)).not.toBe(early.time);
  expect(await sliderValue(page)).toBeGreaterThan(earlySlider + 24);
  expect(early.ntx).toBe('0%');
  expect(Number((await value(page, 'occupancy.naltrexone'))!.replace('%', ''))).toBeGreaterThan(50);
  // The playbar's clock and the readout name the same moment.
  expect(await page.locator('.tl-time').textContent()).toBe(await readoutTime(page));
  if (earlyScene)
    await expect
      .poll(() => page.locator('#scene-description').textContent(), { timeout: 10_000 })
      .not.toBe(earlyScene);
  expectClean(app);
});

test('hovering a chart shows the values under the pointer, and leaving shows the cursor again', async () => {
  const app = await openApp({ path: '?lesson=blockade' });
  const { page } = app;
  const svg = page.locator('.tl-chart--feel svg.tl-svg');
  await svg.evaluate((e) => e.scrollIntoView({ block: 'center' }));
  const cursorTime = await readoutTime(page);
  const box = (await svg.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.8, box.y + box.height / 2);
  await expect.poll(() => page.locator('.tl-readout-title').textContent()).toBe('Under the pointer');
  expect(await readoutTime(page)).not.toBe(cursorTime);
  await page.mouse.move(box.x + box.width * 0.5, box.y - 200);
  await expect.poll(() => readoutTime(page)).toBe(cursorTime);
  expectClean(app);
});

test('giving a dose in the panel changes the charts and adds its marker', async () => {
  const app = await openApp({ path: '?lesson=sandbox' });
  const { page } = app;
  // The euphoria line, all its pieces.
  const euphoria = () =>
    page
      .locator('.tl-chart--feel .tl-euphoria path')
      .evaluateAll((ps) => ps.map((p) => p.getAttribute('d')).join());
  const before = await euphoria();
  const handles = await page.locator('.tl-dose-handle').count();
  const { panel, give } = await heroinFormFilled(page);
  await give.click();
  await expect.poll(euphoria).not.toBe(before);
  expect(await page.locator('.tl-dose-handle').count()).toBe(handles + 1);
  // A chart far out of view is drawn when it comes near it (timeline/redraw.ts): bring the levels
  // chart into view, then wait for its frame.
  await page.locator('.tl-chart--plasma').scrollIntoViewIfNeeded();
  await expect.poll(() => page.locator('.tl-chart--plasma input[value="heroin"]').count()).toBe(1);
  await expect
    .poll(() => page.locator('.tl-chart--plasma .tl-plasma--heroin path').count())
    .toBeGreaterThan(0);
  // The status line and the list follow just after the frame that shows the dose is painted.
  await expect.poll(() => panel.locator('.dp-status').textContent()).toMatch(/Gave Heroin 25 mg/);
  await expect.poll(() => panel.locator('.dp-list li').last().textContent()).toMatch(/Heroin 25 mg/);
  const saved = await savedScenario(page);
  expect(saved.doses.at(-1)).toMatchObject({ drug: 'heroin', route: 'iv', mg: 25 });
  expectClean(app);
});

test('a new dose rewrites only what it changed: the narration, the bands and the root are left alone', async () => {
  const app = await openApp({ path: '?lesson=sandbox' });
  const { page } = app;
  const { give } = await heroinFormFilled(page);
  await give.click();
  await expect.poll(() => page.locator('.tl-dose-handle').count()).toBeGreaterThan(0);
  const handles = await page.locator('.tl-dose-handle').count();
  // Every change to the page from here on, by where it happened.
  await page.evaluate(() => {
    const w = window as unknown as { seen: string[] };
    w.seen = [];
    const where = (n: Node, attribute: string | null) => {
      const e = n instanceof Element ? n : n.parentElement;
      if (!e) return '';
      // The root's inline style (its CSS variables): any write restyles the whole page. (Its other
      // attributes may change at any time: the offline cache says when it is ready.)
      if (e === document.documentElement) return attribute === 'style' ? 'root' : 'other';
      if (e.closest('#narration')) return 'narration';
      if (e.closest('.tl-bands')) return 'bands';
      return 'other';
    };
    new MutationObserver((records) => {
      for (const r of records) w.seen.push(where(r.target, r.attributeName));
    }).observe(document.documentElement, {
      subtree: true,
      attributes: true,
      childList: true,
      characterData: true,
    });
  });
  // The same dose again at the same moment: its handle needs a second lane.
  await give.click();
  await expect.poll(() => page.locator('.tl-dose-handle').count()).toBe(handles + 1);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50))));
  const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
  expect(seen).toContain('other');
  expect(seen.filter((w) => w !== 'other')).toEqual([]);
  // The page's layout still learns of the second lane, on the picture's column.
  expect(
    await page
      .locator('#scene-panel')
      .evaluate((e) => (e as HTMLElement).style.getPropertyValue('--tl-track-lanes')),
  ).toBe('2');
  expectClean(app);
});

/** Every path the charts hold, in order. */
const drawnPaths = (p: Page) =>
  p.locator('#charts svg.tl-svg path').evaluateAll((ps) => ps.map((e) => e.getAttribute('d')));

/** Two animation frames: the charts redraw in the frame after a change, so both have drawn it. */
const framesDrawn = (p: Page) =>
  p.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

test('after a run of edits the charts draw exactly what a fresh page draws for the same scenario', async () => {
  // The charts redraw only from the first sample an edit changed (the engine says which): a
  // mistake there would leave stale pieces of lines on the charts, so compare with a fresh drawing.
  const app = await openApp({ path: '?lesson=blockade' });
  const { page } = app;
  const panel = page.locator('#dose-panel');
  await panel.getByLabel('Drug', { exact: true }).selectOption('heroin');
  await panel.getByLabel('Route', { exact: true }).selectOption('iv');
  await panel.getByRole('button', { name: '25 mg', exact: true }).click();
  const stack = page.locator('.tl-stack');
  const giveAt = async (keys: string[]) => {
    await stack.focus();
    for (const k of keys) await page.keyboard.press(k);
    await panel.getByRole('button', { name: 'Give the dose' }).click();
  };
  await giveAt(['End', 'Shift+ArrowLeft', 'Shift+ArrowLeft']); // late
  await giveAt(['Home', 'Shift+ArrowRight', 'Shift+ArrowRight', 'Shift+ArrowRight']); // early
  const handle = page.locator('.tl-dose-handle:not([hidden])').last();
  await handle.focus();
  await page.keyboard.press('Shift+ArrowLeft'); // a late dose moved a day earlier
  await page.locator('.tl-dose-handle:not([hidden])').first().focus();
  await page.keyboard.press('Delete'); // the first dose removed
  const scenario = await savedScenario(page);
  await framesDrawn(page);
  const edited = await drawnPaths(page);

  const fresh = await openApp({ path: '?lesson=sandbox' });
  await fresh.page.locator('#dose-panel input[type="file"]').setInputFiles({
    name: 'edited.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(scenario)),
  });
  await expect.poll(async () => (await savedScenario(fresh.page)).doses.length).toBe(scenario.doses.length);
  // The store takes the file at once and the charts draw it in a later frame: wait for that drawing.
  await expect.poll(() => drawnPaths(fresh.page), { timeout: 10_000 }).toEqual(edited);
  expectClean(app);
  expectClean(fresh);
});

test('a dose whose amount is changed in place is drawn exactly as a fresh page draws it', async () => {
  // Same doses at the same times, one amount changed: the engine resumes from that dose and the
  // charts redraw from there, the plasma chart with a new scale when the highest level changes.
  const app = await openApp({ path: '?lesson=blockade' });
  const { page } = app;
  const panel = page.locator('#dose-panel');
  await panel.getByLabel('Drug', { exact: true }).selectOption('heroin');
  await panel.getByLabel('Route', { exact: true }).selectOption('iv');
  await panel.getByRole('button', { name: '25 mg', exact: true }).click();
  await page.locator('.tl-stack').focus();
  for (const k of ['End', 'Shift+ArrowLeft', 'Shift+ArrowLeft']) await page.keyboard.press(k);
  await panel.getByRole('button', { name: 'Give the dose' }).click();
  const given = await savedScenario(page);
  const at = given.doses.findIndex((d) => d.drug === 'heroin' && d.mg === 25);
  expect(at).toBeGreaterThanOrEqual(0);
  const load = async (p: Page, s: Scenario) => {
    await p.locator('#dose-panel input[type="file"]').setInputFiles({
      name: 'amount.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(s)),
    });
    await expect.poll(async () => JSON.stringify(await savedScenario(p))).toBe(JSON.stringify(s));
    await framesDrawn(p);
  };
  const plasma = (p: Page) =>
    p
      .locator('.tl-chart--plasma svg.tl-svg path')
      .evaluateAll((ps) => ps.map((e) => e.getAttribute('d')).join());
  // Ten times the amount (the highest level rises), then a fifth of the first (it falls).
  for (const mg of [250, 5]) {
    const before = await plasma(page);
    const edited: Scenario = { ...given, doses: given.doses.map((d, i) => (i === at ? { ...d, mg } : d)) };
    await load(page, edited);
    expect(await plasma(page), `${mg} mg changes the plasma chart`).not.toBe(before);
    const fresh = await openApp({ path: '?lesson=sandbox' });
    await load(fresh.page, edited);
    const edits = await drawnPaths(page);
    await expect.poll(() => drawnPaths(fresh.page), { timeout: 10_000, message: `${mg} mg` }).toEqual(edits);
    expectClean(fresh);
  }
  expectClean(app);
});

test('a dose marker moves with the arrow keys and is removed with Delete', async () => {
  const app = await openApp({ path: '?lesson=blockade' });
  const { page } = app;
  const before = await savedScenario(page);
  const handle = page.locator('.tl-dose-handle:not([hidden])').last();
  const index = Number(await handle.getAttribute('data-index'));
  await handle.focus();
  await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect
    .poll(async () => (await savedScenario(page)).doses[index]!.at_h)
    .toBe(before.doses[index]!.at_h - 25);
  await handle.focus();
  await page.keyboard.press('Delete');
  // The keyboard stays on the track: focus moves to a neighbouring dose marker.
  await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('tl-dose-handle');
  await expect.poll(async () => (await savedScenario(page)).doses.length).toBe(before.doses.length - 1);
  expectClean(app);
});

test('playback by keyboard alone: play, pause, step, speed, end and start', async () => {
  const app = await openApp({ path: '?lesson=tolerance' });
  const { page } = app;
  // Reach the charts with Tab only.
  for (let k = 0; k < 200; k++) {
    if (await page.evaluate(() => document.activeElement?.classList.contains('tl-stack'))) break;
    await page.keyboard.press('Tab');
  }
  expect(await page.evaluate(() => document.activeElement?.classList.contains('tl-stack'))).toBe(true);
  const play = page.locator('.tl-btn--play');
  // The slider follows the clock on the next frame: poll rather than read at once.
  const at = (h: number) => expect.poll(() => sliderValue(page)).toBeCloseTo(h, 6);
  await page.keyboard.press('Home');
  const start = Number(await page.locator('#tl-time').getAttribute('min'));
  await at(start);
  await page.keyboard.press('ArrowRight');
  await at(start + 1);
  await page.keyboard.press('Shift+ArrowRight');
  await at(start + 25);
  await page.keyboard.press('ArrowLeft');
  await at(start + 24);
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  await expect.poll(() => page.locator('#tl-speed option:checked').textContent()).toBe('1 day/s');
  await page.keyboard.press('-');
  await expect.poll(() => page.locator('#tl-speed option:checked').textContent()).toBe('6 h/s');
  await page.keyboard.press('Space');
  await expect.poll(() => play.getAttribute('aria-label')).toBe('Pause');
  await expect.poll(() => sliderValue(page)).toBeGreaterThan(start + 26);
  await page.keyboard.press('Space');
  await expect.poll(() => play.getAttribute('aria-label')).toBe('Play');
  await page.waitForTimeout(100);
  const paused = await sliderValue(page);
  await page.waitForTimeout(300);
  expect(await sliderValue(page)).toBe(paused);
  await page.keyboard.press('End');
  await expect.poll(() => page.locator('.tl-ended').isVisible()).toBe(true);
  expect(await play.getAttribute('aria-label')).toBe('Play again');
  await at(Number(await page.locator('#tl-time').getAttribute('max')));
  await page.keyboard.press('Home');
  await at(start);
  expect(await page.locator('.tl-ended').isVisible()).toBe(false);
  expectClean(app);
});

/** CSV as rows of cells, numbers parsed. */
const parseCsv = (text: string) =>
  text
    .trim()
    .split('\n')
    .map((row) =>
      row.split(',').map((cell) => (cell !== '' && Number.isFinite(Number(cell)) ? Number(cell) : cell)),
    );

/**
 * Deep equality where numbers may differ in their last bits: the browser's JavaScript engine is not
 * Node's, and their Math.exp can round the final digit differently (seen with Chromium 156 against
 * Node 20). Everything else, keys and strings and lengths included, must match exactly.
 */
function expectSameNumbers(actual: unknown, expected: unknown, path = '$'): void {
  if (typeof expected === 'number' && typeof actual === 'number') {
    const scale = Math.max(1, Math.abs(expected));
    if (Math.abs(actual - expected) > 1e-12 * scale) expect(actual, path).toBe(expected);
    return;
  }
  if (Array.isArray(expected)) {
    expect(Array.isArray(actual), path).toBe(true);
    expect((actual as unknown[]).length, path).toBe(expected.length);
    expected.forEach((e, i) => expectSameNumbers((actual as unknown[])[i], e, `${path}[${i}]`));
    return;
  }
  if (expected !== null && typeof expected === 'object') {
    expect(Object.keys(actual as object), path).toEqual(Object.keys(expected));
    for (const [k, e] of Object.entries(expected))
      expectSameNumbers((actual as Record<string, unknown>)[k], e, `${path}.${k}`);
    return;
  }
  expect(actual, path).toBe(expected);
}

test('the timeline CSV and JSON downloads equal the engine’s output for the app’s scenario', async () => {
  const app = await openApp({ path: '?lesson=too-early' });
  const { page } = app;
  const scenario = await savedScenario(page);
  const expected = simulate(scenario);
  const csv = await downloadOf(page, () => page.getByRole('button', { name: 'Timeline CSV' }).click());
  expect(csv.name).toMatch(/-timeline\.csv$/);
  expectSameNumbers(parseCsv(csv.text), parseCsv(toCsv(expected)));
  const json = await downloadOf(page, () => page.getByRole('button', { name: 'Timeline JSON' }).click());
  expect(json.name).toMatch(/-timeline\.json$/);
  expectSameNumbers(JSON.parse(json.text), JSON.parse(JSON.stringify(toJson(expected))));
  expectClean(app);
});

test('each chart downloads as an SVG document and a PNG image', async () => {
  const app = await openApp({ path: '?lesson=overcome' });
  const { page } = app;
  for (const chart of ['How it feels', 'Receptors', 'Drug levels', 'Breathing lost']) {
    const svg = await downloadOf(page, () =>
      page.getByRole('button', { name: `Download ${chart} as SVG` }).click(),
    );
    expect(svg.name).toMatch(/\.svg$/);
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        root: doc.documentElement.localName,
        error: doc.querySelector('parsererror') !== null,
        paths: doc.querySelectorAll('path').length,
        title: doc.querySelector('title')?.textContent,
      };
    }, svg.text);
    expect(parsed).toMatchObject({ root: 'svg', error: false, title: chart });
    expect(parsed.paths).toBeGreaterThan(2);
    const png = await downloadOf(page, () =>
      page.getByRole('button', { name: `Download ${chart} as PNG` }).click(),
    );
    const bytes = readFileSync((await png.download.path())!);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(bytes.length).toBeGreaterThan(2000);
  }
  expectClean(app);
});

test('a bad scenario file is refused with its message, and the session is intact', async () => {
  const app = await openApp({ path: '?lesson=blockade' });
  const { page } = app;
  await drag(page, 'feel', 0.1, 0.7);
  const before = {
    scenario: await savedScenario(page),
    time: await readoutTime(page),
    slider: await sliderValue(page),
  };
  const input = page.locator('input[type="file"]');
  const bad = { to_h: 'soon', doses: [{ drug: 'heroin', route: 'oral', mg: -5, at_h: 1 }] };
  await input.setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(bad)),
  });
  const alert = page.locator('.dp-alert');
  await expect.poll(() => alert.isVisible()).toBe(true);
  const text = (await alert.textContent())!;
  expect(text).toMatch(/not opened; the current scenario is unchanged/);
  expect(text).toMatch(/to_h: .*must be a number, got "soon"/);
  expect(text).toMatch(/doses\[0\]\.mg/);
  expect(await savedScenario(page)).toEqual(before.scenario);
  expect(await readoutTime(page)).toBe(before.time);
  expect(await sliderValue(page)).toBe(before.slider);
  await input.setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{ nope') });
  await expect.poll(() => alert.textContent()).toMatch(/file: is not valid JSON/);
  await page.getByRole('button', { name: 'Dismiss' }).click();
  expect(await alert.isVisible()).toBe(false);
  // A good file is then accepted.
  const good: Scenario = {
    title: 'Imported week',
    to_h: 168,
    doses: [{ drug: 'naltrexone', route: 'im', mg: 380, at_h: 2 }],
  };
  await input.setInputFiles({
    name: 'good.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(good)),
  });
  await expect.poll(async () => (await savedScenario(page)).title).toBe('Imported week');
  expectClean(app);
});

test('the time axis zooms and pans by wheel, pinch, buttons and keyboard', async () => {
  // (At 1600 px: below 1440 the pan buttons give way, and PgUp and PgDn pan instead, as tested below.)
  const app = await openApp({ path: '?lesson=tablets-vs-injection', viewport: { width: 1600, height: 900 } });
  const { page } = app;
  const shown = async () => {
    const [h0, h1] = (await page.locator('.tl-root').getAttribute('data-window'))!.split(' ').map(Number);
    return { h0: h0!, h1: h1!, span: h1! - h0! };
  };
  const full = await shown();

  // Buttons: zoom in halves the span, zoom out and "fit" bring it back, "later" moves it on.
  await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  await expect.poll(async () => (await shown()).span).toBeCloseTo(full.span / 2, 3);
  await page.getByRole('button', { name: 'Later', exact: true }).click();
  await expect.poll(async () => (await shown()).h0).toBeGreaterThan(full.h0);
  await page.getByRole('button', { name: 'Zoom out', exact: true }).click();
  await expect.poll(async () => (await shown()).span).toBeCloseTo(full.span, 3);

  // Keyboard on the charts: ] zooms in, PageDown pans later, 0 fits the whole timeline.
  await page.locator('.tl-stack').focus();
  await page.keyboard.press(']');
  await page.keyboard.press(']');
  await expect.poll(async () => (await shown()).span).toBeCloseTo(full.span / 4, 3);
  const before = await shown();
  await page.keyboard.press('PageDown');
  await expect.poll(async () => (await shown()).h0).toBeGreaterThan(before.h0);
  await page.keyboard.press('0');
  await expect.poll(shown).toEqual(full);

  // Wheel over a chart zooms in around the pointer.
  const svg = page.locator('.tl-chart--feel svg.tl-svg');
  await svg.evaluate((e) => e.scrollIntoView({ block: 'center' }));
  const box = (await svg.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -300);
  await expect.poll(async () => (await shown()).span).toBeLessThan(full.span * 0.6);
  await page.keyboard.press('0');
  await expect.poll(shown).toEqual(full);

  // Pinch: two fingers moving apart on a chart zoom in.
  const cdp = await app.context.newCDPSession(page);
  const y = box.y + box.height / 2;
  const mid = box.x + box.width / 2;
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', spread: number) =>
    cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints:
        type === 'touchEnd'
          ? []
          : [
              { x: mid - spread, y, id: 1 },
              { x: mid + spread, y, id: 2 },
            ],
    });
  await touch('touchStart', 40);
  for (let s = 60; s <= 200; s += 20) await touch('touchMove', s);
  await touch('touchEnd', 0);
  await expect.poll(async () => (await shown()).span).toBeLessThan(full.span * 0.5);
  expectClean(app);
});
