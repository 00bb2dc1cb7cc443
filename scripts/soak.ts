// The soak: plays the app at its highest speed for a long time and checks that it does not leak or
// slow down. The JS heap is read after a forced garbage collection (CDP) once the app has warmed up
// and again at the end; frame intervals are sampled in the first and the last window of the run.
// `npm run soak` runs the long version the issue asks for (5 minutes of wall time or 10 simulated
// years, whichever comes first) and prints JSON; tests/browser/robustness.test.ts runs a short one.
//   npm run soak -- [--seconds 300]
import { pathToFileURL } from 'node:url';
import type { CDPSession, Page } from 'playwright-core';
import { launchChromium, serve } from './browser';

/**
 * What the soak plays: 400 days (the longest span a link may ask for at a 10-minute step) of two
 * months of daily heroin, then daily naltrexone tablets from day 7; one pass at the fastest speed
 * takes about a minute, so the clock runs on rather than replaying all the time.
 */
export const SOAK_PATH =
  '?lesson=sandbox&doses=heroin:iv:25:-1440:24:0,naltrexone:oral:50:168:24:8160&span=-1440:-1440:8160:10';

export interface SoakOptions {
  /** Wall-clock length of the measured run, s. */
  seconds: number;
  /** Where both measured windows start, model h (default: day 100 of SOAK_PATH's timeline). */
  windowFromH?: number;
  /** Stop early once this much model time has played, h (default 10 years). */
  maxModelHours?: number;
  /** Warm-up before the first heap reading, s (the heap settles within the first 20 s or so). */
  warmupS?: number;
  /** Length of the first and last frame-time windows, s. */
  windowS?: number;
}

export interface FrameWindow {
  frames: number;
  /** Frame interval (requestAnimationFrame to requestAnimationFrame), ms. */
  medianMs: number;
  p95Ms: number;
  /** Main-thread script and task time per frame (Chromium's ScriptDuration, TaskDuration), ms:
   *  the app's own work, which a busy machine stretches far less than the frame interval. */
  scriptMsPerFrame: number;
  taskMsPerFrame: number;
}

export interface SoakResult {
  /** How playback was driven. */
  playback: string;
  wallS: number;
  /** Model time played during the run, h (null when the app shows no clock to read). */
  modelHours: number | null;
  /** Times playback reached the end and started again. */
  replays: number;
  heapStartMB: number;
  heapEndMB: number;
  /** (end - start) / start of the JS heap after forced garbage collection. */
  heapGrowth: number;
  /** The heap after forced collection at the start, every 20 s, and at the end, MB. */
  heapSamplesMB: number[];
  domNodesStart: number;
  domNodesEnd: number;
  first: FrameWindow;
  last: FrameWindow;
  /** Last window's median frame time over the first's. */
  frameDrift: number;
  /** Last window's script time per frame over the first's. */
  scriptDrift: number;
}

const round = (x: number) => Math.round(x * 1000) / 1000;
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

async function metric(cdp: CDPSession, ...names: string[]): Promise<number[]> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return names.map((name) => metrics.find((m) => m.name === name)?.value ?? NaN);
}

async function metricsAfterGc(cdp: CDPSession): Promise<Metrics> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const [heap, nodes] = await metric(cdp, 'JSHeapUsedSize', 'Nodes');
  return { heap: heap!, nodes: nodes! };
}

/** The play bar's controls (src/timeline/playbar.ts). */
const SPEED = '#tl-speed';
const PLAY = '#playbar .tl-btn--play';
const CLOCK = '#tl-time';

/** What the page-side recorder keeps (window.__soak). */
interface Recorder {
  on: boolean;
  last: number;
  d: number[];
  /** Model hours played (sum of forward moves of the clock). */
  played: number;
  clock: number;
  replays: number;
}

/**
 * Installs the page-side recorder: one requestAnimationFrame callback that records frame intervals
 * while a window is open, sums the model time played from the play bar's clock, and presses
 * replay the moment playback reaches the end (so the run never idles).
 */
async function installRecorder(page: Page): Promise<void> {
  // tsx (esbuild's keepNames) wraps named functions in __name(); give the page a no-op one.
  await page.evaluate('globalThis.__name ??= (f) => f');
  await page.evaluate(
    ({ play, clock }) => {
      const w = window as unknown as { __soak?: Recorder };
      if (w.__soak) return;
      const rec: Recorder = { on: false, last: -1, d: [], played: 0, clock: NaN, replays: 0 };
      w.__soak = rec;
      const slider = document.querySelector<HTMLInputElement>(clock);
      const bar = document.getElementById('playbar');
      const tick = (now: number) => {
        if (rec.on && rec.last >= 0) rec.d.push(now - rec.last);
        rec.last = now;
        const h = slider ? Number(slider.value) : NaN;
        if (h > rec.clock) rec.played += h - rec.clock;
        rec.clock = h;
        if (bar?.dataset.mode === 'ended') {
          document.querySelector<HTMLButtonElement>(play)?.click();
          rec.replays++;
        }
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    },
    { play: PLAY, clock: CLOCK },
  );
}

const readRecorder = (page: Page) =>
  page.evaluate(() => {
    const { played, replays, clock } = (window as unknown as { __soak: Recorder }).__soak;
    return { played, replays, hasClock: Number.isFinite(clock) };
  });

/**
 * Measures one window of playback. It first moves the cursor to the same model time (as a drag of
 * the time slider would), so the first and the last window play the same stretch of the timeline
 * and their costs compare like with like.
 */
async function frameWindow(
  page: Page,
  cdp: CDPSession,
  seconds: number,
  fromH: number,
): Promise<FrameWindow> {
  await page.evaluate(
    ([selector, h]) => {
      const slider = document.querySelector<HTMLInputElement>(selector as string);
      if (!slider) return;
      slider.value = String(h);
      slider.dispatchEvent(new Event('input', { bubbles: true }));
    },
    [CLOCK, fromH] as const,
  );
  const [script0, task0] = await metric(cdp, 'ScriptDuration', 'TaskDuration');
  await page.evaluate(() => {
    const rec = (window as unknown as { __soak: Recorder }).__soak;
    rec.d = [];
    rec.last = -1;
    rec.on = true;
  });
  await sleep(seconds * 1000);
  const d = await page.evaluate(() => {
    const rec = (window as unknown as { __soak: Recorder }).__soak;
    rec.on = false;
    const out = rec.d;
    rec.d = [];
    return out;
  });
  const [script1, task1] = await metric(cdp, 'ScriptDuration', 'TaskDuration');
  const perFrame = (s: number) => (s * 1000) / Math.max(1, d.length);
  return {
    frames: d.length,
    medianMs: quantile(d, 0.5),
    p95Ms: quantile(d, 0.95),
    scriptMsPerFrame: perFrame(script1! - script0!),
    taskMsPerFrame: perFrame(task1! - task0!),
  };
}

/** Starts playback at the highest speed the play bar offers and returns what it did. */
export async function startFastestPlayback(page: Page): Promise<string> {
  const done: string[] = [];
  const speed = page.locator(SPEED);
  if (await speed.count()) {
    const labels = await speed.evaluate((el) => [...(el as HTMLSelectElement).options].map((o) => o.text));
    const fastest = labels[labels.length - 1];
    if (fastest !== undefined) {
      await speed.selectOption({ label: fastest });
      done.push(`speed ${fastest}`);
    }
  }
  const play = page.locator(PLAY);
  if (await play.count()) {
    await play.click();
    done.push('play, replaying whenever the end is reached');
  }
  return done.length ? done.join(', ') : 'no playback controls (the app idles)';
}

/** Runs the soak on an already loaded app page. */
export async function runSoak(page: Page, options: SoakOptions): Promise<SoakResult> {
  const warmupS = options.warmupS ?? 15;
  const windowS = options.windowS ?? Math.min(10, options.seconds / 4);
  const maxModelHours = options.maxModelHours ?? 10 * 365 * 24;
  const fromH = options.windowFromH ?? 100 * 24;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const playback = await startFastestPlayback(page);
  await installRecorder(page);
  await sleep(warmupS * 1000);

  const t0 = Date.now();
  const before = await readRecorder(page);
  const start = await metricsAfterGc(cdp);
  const first = await frameWindow(page, cdp, windowS, fromH);
  const endAt = t0 + (options.seconds - windowS) * 1000;
  // The heap after a forced collection every 20 s shows whether growth levels off or climbs.
  const heapSamplesMB: number[] = [round(start.heap / 2 ** 20)];
  let nextSample = Date.now() + 20_000;
  while (Date.now() < endAt && (await readRecorder(page)).played - before.played < maxModelHours) {
    await sleep(1000);
    if (Date.now() >= nextSample && Date.now() < endAt - 5000) {
      heapSamplesMB.push(round((await metricsAfterGc(cdp)).heap / 2 ** 20));
      nextSample += 20_000;
    }
  }
  const last = await frameWindow(page, cdp, windowS, fromH);
  const end = await metricsAfterGc(cdp);
  heapSamplesMB.push(round(end.heap / 2 ** 20));
  const after = await readRecorder(page);
  await cdp.detach();
  return {
    playback,
    wallS: (Date.now() - t0) / 1000,
    modelHours: after.hasClock ? Math.round(after.played - before.played) : null,
    replays: after.replays - before.replays,
    heapStartMB: start.heap / 2 ** 20,
    heapEndMB: end.heap / 2 ** 20,
    heapGrowth: (end.heap - start.heap) / start.heap,
    heapSamplesMB,
    domNodesStart: start.nodes,
    domNodesEnd: end.nodes,
    first,
    last,
    frameDrift: last.medianMs / first.medianMs,
    scriptDrift: last.scriptMsPerFrame / first.scriptMsPerFrame,
  };
}

async function main(): Promise<void> {
  const i = process.argv.indexOf('--seconds');
  const seconds = i >= 0 ? Number(process.argv[i + 1]) : 300;
  const server = await serve(process.env.APP_DIST ?? 'dist');
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(server.url + SOAK_PATH);
    await page.waitForSelector('body[data-ready="true"]');
    const result = await runSoak(page, { seconds });
    const ok = result.heapGrowth < 0.1 && result.frameDrift <= 1.1 && result.scriptDrift <= 1.2;
    console.log(JSON.stringify({ ...result, ok }, null, 2));
    if (!ok) process.exitCode = 1;
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
