// The soak: plays the app at its highest speed for a long time and checks that it does not leak or
// slow down. The JS heap is read after a forced garbage collection (CDP) once the app has warmed up
// and again at the end; frame intervals are sampled in the first and the last window of the run.
// `npm run soak` runs the long version the issue asks for (5 minutes of wall time or 10 simulated
// years, whichever comes first) and prints JSON; tests/browser/robustness.test.ts runs a short one.
//   npm run soak -- [--seconds 300]
import { pathToFileURL } from 'node:url';
import type { CDPSession, Page } from 'playwright-core';
import { launchChromium, serve } from './browser';

export interface SoakOptions {
  /** Wall-clock length of the measured run, s. */
  seconds: number;
  /** Stop early once this much model time has played, h (default 10 years). */
  maxModelHours?: number;
  /** Warm-up before the first heap reading, s. */
  warmupS?: number;
  /** Length of the first and last frame-time windows, s. */
  windowS?: number;
}

export interface FrameWindow {
  frames: number;
  medianMs: number;
  p95Ms: number;
}

export interface SoakResult {
  /** How playback was driven. */
  playback: string;
  wallS: number;
  /** Model time played during the run, h (null when the app shows no clock to read). */
  modelHours: number | null;
  heapStartMB: number;
  heapEndMB: number;
  /** (end - start) / start of the JS heap after forced garbage collection. */
  heapGrowth: number;
  domNodesStart: number;
  domNodesEnd: number;
  first: FrameWindow;
  last: FrameWindow;
  /** Last window's median frame time over the first's. */
  frameDrift: number;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

export function quantile(values: readonly number[], q: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

interface Metrics {
  heap: number;
  nodes: number;
}

async function metricsAfterGc(cdp: CDPSession): Promise<Metrics> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
  return { heap: get('JSHeapUsedSize'), nodes: get('Nodes') };
}

/** Installs a requestAnimationFrame recorder in the page; windows are opened and read from outside. */
async function installFrameRecorder(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __soak?: { on: boolean; last: number; d: number[] } };
    if (w.__soak) return;
    const rec = { on: false, last: -1, d: [] as number[] };
    w.__soak = rec;
    const tick = (now: number) => {
      if (rec.on && rec.last >= 0) rec.d.push(now - rec.last);
      rec.last = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

async function frameWindow(page: Page, seconds: number): Promise<FrameWindow> {
  await page.evaluate(() => {
    const rec = (window as unknown as { __soak: { on: boolean; last: number; d: number[] } }).__soak;
    rec.d = [];
    rec.last = -1;
    rec.on = true;
  });
  await sleep(seconds * 1000);
  const d = await page.evaluate(() => {
    const rec = (window as unknown as { __soak: { on: boolean; d: number[] } }).__soak;
    rec.on = false;
    const out = rec.d;
    rec.d = [];
    return out;
  });
  return { frames: d.length, medianMs: quantile(d, 0.5), p95Ms: quantile(d, 0.95) };
}

/**
 * Starts playback at the highest speed the playbar offers and returns what it did. The playbar
 * is found by its roles: a speed control (a select or radio group named "speed") and a play
 * button; loop playback is switched on when offered so the clock keeps running.
 */
export async function startFastestPlayback(page: Page): Promise<string> {
  const done: string[] = [];
  const speed = page.locator('#playbar select[name="speed"], #playbar select[aria-label*="speed" i]');
  if (await speed.count()) {
    const values = await speed
      .first()
      .evaluate((el) => [...(el as HTMLSelectElement).options].map((o) => o.value));
    const last = values[values.length - 1];
    if (last !== undefined) {
      await speed.first().selectOption(last);
      done.push(`speed ${last}`);
    }
  }
  const play = page.getByRole('button', { name: /^play/i });
  if (await play.count()) {
    await play.first().click();
    done.push('play');
  }
  return done.length ? done.join(', ') : 'no playback controls (the app idles)';
}

/** Reads the model clock if the app exposes one (the playbar's time slider), h. */
export async function readModelHours(page: Page): Promise<number | null> {
  return page.evaluate(() => {
    const el = document.querySelector<HTMLElement>('[data-model-hours]');
    const v = el ? Number(el.dataset.modelHours) : NaN;
    return Number.isFinite(v) ? v : null;
  });
}

/** Runs the soak on an already loaded app page. */
export async function runSoak(page: Page, options: SoakOptions): Promise<SoakResult> {
  const warmupS = options.warmupS ?? 5;
  const windowS = options.windowS ?? Math.min(10, options.seconds / 4);
  const maxModelHours = options.maxModelHours ?? 10 * 365 * 24;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await installFrameRecorder(page);
  const playback = await startFastestPlayback(page);
  await sleep(warmupS * 1000);

  const t0 = Date.now();
  const h0 = await readModelHours(page);
  const start = await metricsAfterGc(cdp);
  const first = await frameWindow(page, windowS);
  let played = 0;
  let lastH = h0;
  // Poll the clock so a looping playbar's wrap-arounds still count towards the model time played.
  while ((Date.now() - t0) / 1000 < options.seconds - windowS && played < maxModelHours) {
    await sleep(1000);
    const h = await readModelHours(page);
    if (h !== null && lastH !== null && h > lastH) played += h - lastH;
    lastH = h;
  }
  const last = await frameWindow(page, windowS);
  const end = await metricsAfterGc(cdp);
  await cdp.detach();
  return {
    playback,
    wallS: (Date.now() - t0) / 1000,
    modelHours: h0 === null ? null : played,
    heapStartMB: start.heap / 2 ** 20,
    heapEndMB: end.heap / 2 ** 20,
    heapGrowth: (end.heap - start.heap) / start.heap,
    domNodesStart: start.nodes,
    domNodesEnd: end.nodes,
    first,
    last,
    frameDrift: last.medianMs / first.medianMs,
  };
}

async function main(): Promise<void> {
  const i = process.argv.indexOf('--seconds');
  const seconds = i >= 0 ? Number(process.argv[i + 1]) : 300;
  const server = await serve(process.env.APP_DIST ?? 'dist');
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(server.url);
    await page.waitForSelector('body[data-ready="true"]');
    const result = await runSoak(page, { seconds });
    const ok = result.heapGrowth < 0.1 && result.frameDrift <= 1.1;
    console.log(JSON.stringify({ ...result, ok }, null, 2));
    if (!ok) process.exitCode = 1;
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
