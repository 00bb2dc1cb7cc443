// Input-to-paint of the linked timeline on a 90-day scenario at a 5-minute step (25,921 samples per
// series): a scrub step by keyboard, a scrub step by pointer drag, and a new dose given in the panel.
// Each is timed in the page, from the input event's timestamp to a task posted from the next
// animation frame after the DOM update (that task runs once the frame has been rendered). The
// scenario is loaded through the app's own "open a scenario" input. `npm run bench` calls
// benchTimeline(); run alone (after `vite build`) it prints its figures as JSON:
//   npx tsx scripts/bench-timeline.ts
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { mulberry32, type Scenario } from '../sim/index';
import { launchChromium, serve } from './browser';

const DAY = 24;
/**
 * Issue 14's targets, restated against the floor measured in the same run (a key the app ignores:
 * half a frame of waiting and the canvas hand-over of this machine's software compositor): a scrub
 * step within 4 ms of the floor's median, a new dose within 8 ms of it with its 95th percentile at
 * most 33 ms, and the new dose's marker on the track in the very next frame.
 */
export const INPUT_TO_PAINT_TARGET = {
  scrubOverFloorMs: 4,
  doseOverFloorMs: 8,
  doseP95Ms: 33,
} as const;

/** Ninety days in 5-minute steps: a heroin habit, a relapse into a blockade, then monthly injections. */
export function timelineBenchScenario(): Scenario {
  return {
    title: '90-day timeline benchmark',
    to_h: 90 * DAY,
    step_min: 5,
    doses: [
      { drug: 'heroin', route: 'iv', mg: 25, at_h: 8, every_h: 12, until_h: 20 * DAY },
      { drug: 'naltrexone', route: 'oral', mg: 50, at_h: 30 * DAY, every_h: DAY, until_h: 45 * DAY },
      { drug: 'heroin', route: 'iv', mg: 50, at_h: 40 * DAY + 12 },
      { drug: 'naltrexone', route: 'im', mg: 380, at_h: 46 * DAY },
      { drug: 'naltrexone', route: 'im', mg: 380, at_h: 74 * DAY },
    ],
  };
}

export interface BenchTimelineOptions {
  /** The served app (default: serve `dir`). */
  url?: string;
  browser?: Browser;
  /** Built app folder when `url` is not given (default dist). */
  dir?: string;
  /** Repetitions of each measurement. */
  reps?: number;
}

function quantile(values: readonly number[], q: number): number {
  const s = [...values].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo]! + (s[hi]! - s[lo]!) * (pos - lo);
}

const round = (x: number) => Math.round(x * 100) / 100;

/**
 * Arms a one-shot probe in the page: on the next `type` event (captured on window), the time from the
 * event's timestamp to a task posted from the animation frame that follows.
 */
async function arm(page: Page, type: string): Promise<void> {
  await page.evaluate((type) => {
    const w = window as unknown as { __latency?: Promise<number> };
    w.__latency = new Promise<number>((done) => {
      addEventListener(
        type,
        (e) => {
          const t0 = e.timeStamp;
          requestAnimationFrame(() => {
            const ch = new MessageChannel();
            ch.port1.onmessage = () => done(performance.now() - t0);
            ch.port2.postMessage(0);
          });
        },
        { once: true, capture: true },
      );
    });
  }, type);
}

const latency = (page: Page) =>
  page.evaluate(() => (window as unknown as { __latency: Promise<number> }).__latency);

/**
 * Arms a probe for the next click: in the first animation frame after it (after the app's own frame
 * callback, which was asked for before the click), whether the dose track already holds `n` handles,
 * so that frame paints the new dose's marker.
 */
async function armMarker(page: Page, n: number): Promise<void> {
  await page.evaluate((n) => {
    const w = window as unknown as { __marker?: Promise<boolean> };
    w.__marker = new Promise<boolean>((done) => {
      addEventListener(
        'click',
        () => requestAnimationFrame(() => done(document.querySelectorAll('.tl-dose-handle').length === n)),
        { once: true, capture: true },
      );
    });
  }, n);
}
const markerInNextFrame = (page: Page) =>
  page.evaluate(() => (window as unknown as { __marker: Promise<boolean> }).__marker);

const sliderValue = (page: Page) => page.locator('#tl-time').inputValue().then(Number);

/** One frame at 60 Hz, ms. */
const FRAME_MS = 1000 / 60;

async function measure(page: Page, type: string, reps: number, act: (i: number) => Promise<void>) {
  const times: number[] = [];
  // Inputs come at any moment of a frame. A fixed rhythm of measurements can lock onto the display's
  // (every input just after a frame began, or every one just before it ends), so each pause adds a
  // part of a frame drawn from one seeded random source: same pauses every run.
  const phase = mulberry32(20261127);
  for (let i = 0; i < reps; i++) {
    await arm(page, type);
    await act(i);
    times.push(await latency(page));
    // Let the frame after settle, so one measurement does not queue behind the last.
    await page.waitForTimeout(20 + Math.floor(phase() * FRAME_MS));
  }
  return times;
}

export async function benchTimeline(options: BenchTimelineOptions = {}): Promise<Record<string, unknown>> {
  const reps = options.reps ?? 60;
  const served = options.url ? undefined : await serve(options.dir ?? 'dist');
  const browser = options.browser ?? (await launchChromium());
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    await page.goto((options.url ?? served!.url) + '?lesson=sandbox');
    await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });

    // Load the 90-day scenario through the app's own import.
    const scenario = timelineBenchScenario();
    await page.locator('#dose-panel input[type="file"]').setInputFiles({
      name: 'bench.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(scenario)),
    });
    await page.waitForFunction(
      (max) => Number((document.getElementById('tl-time') as HTMLInputElement | null)?.max) === max,
      scenario.to_h,
    );
    const samples = await page.evaluate(() => document.querySelectorAll('#charts svg.tl-svg').length);
    if (samples !== 4) throw new Error('the four charts are not on the page');

    // 0. The floor: a key the app ignores, timed the same way (the wait for the next frame, plus
    // whatever else the page draws in it, such as the receptor scene).
    const stack = page.locator('.tl-stack');
    await stack.focus();
    const idle = await measure(page, 'keydown', reps, () => page.keyboard.press('q'));

    // 1. Scrub by keyboard: one fixed step (1 h) per press, with the charts focused.
    await page.keyboard.press('Home');
    await page.keyboard.press('Shift+ArrowRight');
    const before = await sliderValue(page);
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    const key = await measure(page, 'keydown', reps, () => page.keyboard.press('ArrowRight'));
    if ((await sliderValue(page)) < before + reps) throw new Error('keyboard scrub did not move the cursor');

    // 2. Scrub by pointer: a drag across the "how it feels" chart, one measured move at a time.
    const svg = page.locator('.tl-chart--feel svg.tl-svg');
    await svg.evaluate((e) => e.scrollIntoView({ block: 'center' }));
    const box = (await svg.boundingBox())!;
    const x0 = box.x + 90;
    const y = box.y + box.height / 2;
    const dx = (box.width - 120) / (reps + 10);
    await page.mouse.move(x0, y);
    await page.mouse.down();
    const t0 = await sliderValue(page);
    for (let i = 1; i <= 5; i++) await page.mouse.move(x0 + i * 2, y);
    const pointer = await measure(page, 'pointermove', reps, (i) =>
      page.mouse.move(x0 + 10 + (i + 1) * dx, y),
    );
    await page.mouse.up();
    if ((await sliderValue(page)) <= t0) throw new Error('pointer scrub did not move the cursor');

    // 3. A new dose: heroin 25 mg IV now, from the panel's button; each removed again (unmeasured).
    const panel = page.locator('#dose-panel');
    await panel.getByLabel('Drug', { exact: true }).selectOption('heroin');
    await panel.getByLabel('Route', { exact: true }).selectOption('iv');
    await panel.getByRole('button', { name: '25 mg', exact: true }).click();
    await panel.locator('.dp-list summary').click();
    const give = panel.getByRole('button', { name: 'Give the dose' });
    const handles = () => page.locator('.tl-dose-handle').count();
    const baseHandles = await handles();
    const recompute: number[] = [];
    const redraw: number[] = [];
    const nextFrame: boolean[] = [];
    // The press comes at a random moment of a frame, as a person's does and as the floor's key does.
    // A scripted click (locator.click) moves the pointer onto the button and presses at once, and
    // Chromium delivers pointer moves aligned to frames: such clicks landed 4-10 ms after a frame
    // began (median 6.3), so each waited some 10 ms for the next frame where the floor's key waited 8.
    // So the pointer rests on the button first, and the press follows after a seeded part of a frame.
    const pressPhase = mulberry32(20261204);
    const doseTimes = await measure(page, 'click', Math.max(10, Math.round(reps / 2)), async () => {
      await armMarker(page, baseHandles + 1);
      await give.scrollIntoViewIfNeeded();
      const giveBox = (await give.boundingBox())!;
      await page.mouse.move(giveBox.x + giveBox.width / 2, giveBox.y + giveBox.height / 2);
      await page.waitForTimeout(pressPhase() * FRAME_MS);
      await page.mouse.down();
      await page.mouse.up();
      nextFrame.push(await markerInNextFrame(page));
      // The marker is drawn in the next frame; a loaded machine may not have drawn it yet.
      await page
        .waitForFunction((n) => document.querySelectorAll('.tl-dose-handle').length === n, baseHandles + 1, {
          timeout: 5000,
        })
        .catch(() => {
          throw new Error('the dose did not reach the charts');
        });
      recompute.push(Number(await panel.locator('section.dp').getAttribute('data-recompute-ms')));
      redraw.push(Number(await page.locator('.tl-root').getAttribute('data-redraw-ms')));
      await panel.locator('.dp-remove').last().click();
      await page.waitForFunction(
        (n) => document.querySelectorAll('.tl-dose-handle').length === n,
        baseHandles,
      );
    });

    const stats = (name: string, t: number[]) => ({
      [`${name}_median_ms`]: round(quantile(t, 0.5)),
      [`${name}_p95_ms`]: round(quantile(t, 0.95)),
    });
    const floor = quantile(idle, 0.5);
    /** An input's median over the floor's median, ms: "floor + x". */
    const over = (t: number[]) => round(quantile(t, 0.5) - floor);
    const T = INPUT_TO_PAINT_TARGET;
    const markerShare = nextFrame.filter(Boolean).length / Math.max(1, nextFrame.length);
    return {
      samples_per_series: Math.round((scenario.to_h * 60) / scenario.step_min! + 1),
      reps,
      ...stats('idle_frame', idle),
      ...stats('scrub_key', key),
      ...stats('scrub_pointer', pointer),
      ...stats('new_dose', doseTimes),
      ...stats('new_dose_recompute', recompute),
      ...stats('new_dose_chart_redraw', redraw),
      floor_median_ms: round(floor),
      floor_p95_ms: round(quantile(idle, 0.95)),
      scrub_key_over_floor_ms: over(key),
      scrub_pointer_over_floor_ms: over(pointer),
      new_dose_over_floor_ms: over(doseTimes),
      /** Share of new doses whose marker was on the track in the very next frame. */
      new_dose_marker_next_frame: round(markerShare),
      targets: T,
      pass: {
        scrub_key: over(key) <= T.scrubOverFloorMs,
        scrub_pointer: over(pointer) <= T.scrubOverFloorMs,
        new_dose: over(doseTimes) <= T.doseOverFloorMs && quantile(doseTimes, 0.95) <= T.doseP95Ms,
        new_dose_marker_next_frame: markerShare === 1,
      },
    };
  } finally {
    await context.close();
    if (!options.browser) await browser.close();
    await served?.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(await benchTimeline(), null, 2));
}
