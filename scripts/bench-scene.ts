// Frame times of the receptor scene at its busiest, against a bare Pixi page drawing the same
// number of particles, in headless Chromium at 1280x720 (software WebGL here). Both run in the
// same page of the built app, playing at the highest speed (a week per second), so everything
// else on the page (charts, cursor, play bar) costs the same in both; rounds alternate so that a
// machine busy with something else hurts both alike. `npm run bench` calls benchScene(); run
// alone (after `vite build`) it prints its figures as JSON:
//   npx tsx scripts/bench-scene.ts
import type { Browser, Page } from 'playwright-core';
import type { Scenario } from '../sim/index';
import { launchChromium, serve } from './browser';

export interface BenchSceneOptions {
  /** The served app (default: serve `dir`). */
  url?: string;
  dir?: string;
  browser?: Browser;
  /** Seconds measured per round. */
  seconds?: number;
  /** Alternating rounds of scene and bare page. */
  rounds?: number;
}

/** The highest playback speed of the play bar: a week of model time per second. */
export const FASTEST_HPS = 7 * 24;
const DAY = 24;

/** The busiest scene: nine drugs dosed round the clock, so every ligand's molecules crowd the cleft
 *  (the cleft's cap of 240 molecules) and every receptor changes hands. */
export function busiestScenario(days = 40): Scenario {
  const to_h = days * DAY;
  const rep = (drug: string, route: string, mg: number, every_h: number, at_h: number) =>
    ({ drug, route, mg, at_h, every_h, until_h: to_h }) as Scenario['doses'][number];
  return {
    title: 'Busiest scene (benchmark)',
    to_h,
    step_min: 10,
    doses: [
      rep('heroin', 'iv', 25, 6, 0),
      rep('morphine', 'oral', 60, 8, 1),
      rep('oxycodone', 'oral', 40, 8, 2),
      rep('hydrocodone', 'oral', 30, 8, 3),
      rep('fentanyl', 'intranasal', 0.2, 6, 4),
      rep('methadone', 'oral', 80, DAY, 0),
      rep('buprenorphine', 'sublingual', 16, DAY, 5),
      rep('naloxone', 'intranasal', 4, 6, 5),
      rep('naltrexone', 'oral', 50, DAY, 6),
    ],
  };
}

interface Round {
  deltas: number[];
  scriptMs: number;
  frames: number;
  pageScriptMs: number;
  particles: number;
}

/** Frame deltas from requestAnimationFrame over `seconds`, plus the scene's own script time and
 *  the page's (Chromium's ScriptDuration) over the same frames. The page-side code is a string:
 *  tsx would wrap named functions in a helper the page does not have. */
async function measure(page: Page, seconds: number, getScript: () => Promise<number>): Promise<Round> {
  const script0 = await getScript();
  const r = (await page.evaluate(`(async () => {
    const h = window.__receptorScene;
    const s0 = h.frameStats();
    const deltas = [];
    let particles = 0;
    let last = -1;
    const start = performance.now();
    await new Promise((done) => {
      const tick = (now) => {
        if (last >= 0) deltas.push(now - last);
        last = now;
        particles = Math.max(particles, h.drawnParticles());
        if (now - start < ${seconds * 1000}) requestAnimationFrame(tick);
        else done();
      };
      requestAnimationFrame(tick);
    });
    const s1 = h.frameStats();
    return { deltas, scriptMs: s1.scriptMs - s0.scriptMs, frames: s1.frames - s0.frames, particles };
  })()`)) as Omit<Round, 'pageScriptMs'>;
  return { ...r, pageScriptMs: (await getScript()) - script0 };
}

/** Pixels of the stage that differ from the cleft's background (its commonest colour): proof that
 *  something is drawn (a baseline that draws nothing would flatter the scene). Counted by difference,
 *  not brightness: the ligands' glyphs include dark colours. */
async function drawnPixels(page: Page): Promise<number> {
  const png = (await page.locator('.scene-stage').screenshot()).toString('base64');
  return (await page.evaluate(`(async () => {
    const img = new Image();
    img.src = 'data:image/png;base64,${png}';
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d');
    ctx.drawImage(img, 0, 0);
    const px = ctx.getImageData(0, 0, c.width, c.height).data;
    const counts = new Map();
    for (let i = 0; i < px.length; i += 4) {
      const k = (px[i] << 16) | (px[i + 1] << 8) | px[i + 2];
      counts.set(k, (counts.get(k) || 0) + 1);
    }
    const bg = [...counts].sort((a, b) => b[1] - a[1])[0][0];
    const r = bg >> 16, g = (bg >> 8) & 255, b = bg & 255;
    let n = 0;
    for (let i = 0; i < px.length; i += 4)
      if (Math.abs(px[i] - r) + Math.abs(px[i + 1] - g) + Math.abs(px[i + 2] - b) > 60) n++;
    return n;
  })()`)) as number;
}

/** Calls the scene's test handle (window.__receptorScene, see src/testing/scene-hooks.ts) in the page. */
const call = (page: Page, code: string) =>
  page.evaluate(`(async () => { const h = window.__receptorScene; ${code} })()`);

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
};
const round2 = (x: number) => Math.round(x * 100) / 100;

export async function benchScene(options: BenchSceneOptions = {}): Promise<Record<string, number>> {
  const seconds = options.seconds ?? 5;
  const rounds = options.rounds ?? 2;
  const served = options.url ? undefined : await serve(options.dir ?? 'dist');
  const browser = options.browser ?? (await launchChromium());
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    await page.goto(options.url ?? served!.url);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const pageScript = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return 1000 * (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0);
    };
    await call(page, `h.store.setScenario(${JSON.stringify(busiestScenario())});`);
    // From day 2 (past the first doses, well before the end), at the highest speed.
    const restart = () => call(page, `h.store.setTime(${2 * DAY}); h.play(${FASTEST_HPS});`);

    const scene: Round[] = [];
    const bare: Round[] = [];
    for (let i = 0; i < rounds; i++) {
      await call(page, `await h.bench('scene');`);
      await restart();
      await page.waitForTimeout(1000); // the cleft fills up; caches warm
      scene.push(await measure(page, seconds, pageScript));
      const particles = Math.max(...scene.map((r) => r.particles));
      await call(page, `await h.bench('bare', ${particles});`);
      await restart();
      await page.waitForTimeout(1000);
      // A glyph covers some 25 px; overlaps and the edges take some: 8 a particle is plainly drawn.
      if (i === 0 && (await drawnPixels(page)) < particles * 8)
        throw new Error('the bare page draws nothing: the comparison would be meaningless');
      bare.push(await measure(page, seconds, pageScript));
    }
    await call(page, `await h.bench('scene');`);

    const all = (rs: Round[]) => rs.flatMap((r) => r.deltas);
    const sum = (rs: Round[], k: 'scriptMs' | 'frames' | 'pageScriptMs') => rs.reduce((a, r) => a + r[k], 0);
    const sceneMedian = quantile(all(scene), 0.5);
    const bareMedian = quantile(all(bare), 0.5);
    const frames = (rs: Round[]) => all(rs).length;
    return {
      particles: Math.max(...scene.map((r) => r.particles)),
      speed_hps: FASTEST_HPS,
      scene_fps: round2((1000 * frames(scene)) / all(scene).reduce((a, b) => a + b, 0)),
      scene_frame_median_ms: round2(sceneMedian),
      scene_frame_p95_ms: round2(quantile(all(scene), 0.95)),
      bare_fps: round2((1000 * frames(bare)) / all(bare).reduce((a, b) => a + b, 0)),
      bare_frame_median_ms: round2(bareMedian),
      bare_frame_p95_ms: round2(quantile(all(bare), 0.95)),
      ratio: round2(sceneMedian / bareMedian),
      // The scene's frame callback, rendering included (performance.now() around it).
      scene_script_ms_per_frame: round2(sum(scene, 'scriptMs') / sum(scene, 'frames')),
      bare_script_ms_per_frame: round2(sum(bare, 'scriptMs') / sum(bare, 'frames')),
      // All script on the page's main thread (charts and play bar too), Chromium's ScriptDuration.
      page_script_ms_per_frame: round2(sum(scene, 'pageScriptMs') / frames(scene)),
      bare_page_script_ms_per_frame: round2(sum(bare, 'pageScriptMs') / frames(bare)),
    };
  } finally {
    await context.close();
    if (!options.browser) await browser.close();
    await served?.close();
  }
}

/** The speeds issue 14 asks about: the play bar's default (1 model hour a second) and its highest. */
export const DEFAULT_HPS = 1;

export interface LessonFrames {
  lesson: string;
  speed_hps: number;
  particles: number;
  app_p95_ms: number;
  bare_p95_ms: number;
  app_median_ms: number;
  bare_median_ms: number;
  /** App p95 over bare p95 (issue 14's target: at most 1.10). */
  p95_ratio: number;
  /** Share of frames over 1.5 vsyncs (dropped), app and bare. */
  app_dropped: number;
  bare_dropped: number;
}

/** Frame deltas over `seconds` of play, restarting from the start whenever the timeline ends. */
async function playFrames(page: Page, seconds: number): Promise<{ deltas: number[]; particles: number }> {
  return (await page.evaluate(`(async () => {
    const h = window.__receptorScene;
    const deltas = [];
    let particles = 0;
    let last = -1;
    const start = performance.now();
    await new Promise((done) => {
      const tick = (now) => {
        if (last >= 0) deltas.push(now - last);
        last = now;
        particles = Math.max(particles, h.drawnParticles());
        if (h.ended()) h.restart();
        if (now - start < ${seconds * 1000}) requestAnimationFrame(tick);
        else done();
      };
      requestAnimationFrame(tick);
    });
    return { deltas, particles };
  })()`)) as { deltas: number[]; particles: number };
}

/**
 * Issue 14's frame test: each lesson (its first step) played at the default and the highest speed,
 * the whole app against a bare Pixi page drawing the same number of particles on the same canvas (the
 * rest of the page hidden), alternating in one page so that other load hurts both alike. Reports the
 * 95th percentiles and their ratio per lesson and speed.
 */
export async function benchLessons(
  options: BenchSceneOptions & { lessons?: readonly string[] } = {},
): Promise<LessonFrames[]> {
  const seconds = options.seconds ?? 3;
  const rounds = options.rounds ?? 2;
  const served = options.url ? undefined : await serve(options.dir ?? 'dist');
  const browser = options.browser ?? (await launchChromium());
  const { LESSONS } = await import('../sim/index');
  const lessons = options.lessons ?? LESSONS.map((l) => l.id);
  const out: LessonFrames[] = [];
  try {
    for (const lesson of lessons) {
      const context = await browser.newContext({
        viewport: { width: 1280, height: 720 },
        deviceScaleFactor: 1,
      });
      const page = await context.newPage();
      await page.goto(`${options.url ?? served!.url}?lesson=${lesson}`);
      await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
      await page.waitForTimeout(500);
      for (const speed of [DEFAULT_HPS, FASTEST_HPS]) {
        const app: number[] = [];
        const bare: number[] = [];
        let particles = 0;
        for (let i = 0; i < rounds; i++) {
          await call(page, `await h.bench('scene', 0, { page: true }); h.restart(); h.play(${speed});`);
          await page.waitForTimeout(700);
          const a = await playFrames(page, seconds);
          app.push(...a.deltas);
          particles = Math.max(particles, a.particles);
          await call(
            page,
            `await h.bench('bare', ${Math.max(1, particles)}, { page: true }); h.restart(); h.play(${speed});`,
          );
          await page.waitForTimeout(700);
          bare.push(...(await playFrames(page, seconds)).deltas);
        }
        await call(page, `await h.bench('scene', 0, { page: true }); h.pause();`);
        const p95 = (xs: number[]) => quantile(xs, 0.95);
        const dropped = (xs: number[]) => xs.filter((d) => d > 25).length / Math.max(1, xs.length);
        out.push({
          lesson,
          speed_hps: speed,
          particles,
          app_p95_ms: round2(p95(app)),
          bare_p95_ms: round2(p95(bare)),
          app_median_ms: round2(quantile(app, 0.5)),
          bare_median_ms: round2(quantile(bare, 0.5)),
          p95_ratio: round2(p95(app) / p95(bare)),
          app_dropped: round2(dropped(app)),
          bare_dropped: round2(dropped(bare)),
        });
      }
      await context.close();
    }
  } finally {
    if (!options.browser) await browser.close();
    await served?.close();
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv.includes('--lessons')) {
    const only = process.argv.slice(process.argv.indexOf('--lessons') + 1).filter((a) => !a.startsWith('-'));
    console.log(JSON.stringify(await benchLessons(only.length ? { lessons: only } : {}), null, 2));
  } else console.log(JSON.stringify(await benchScene(), null, 2));
}
