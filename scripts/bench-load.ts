// The cold load, for `npm run bench`: the JavaScript a page fetches before its first frame (raw and
// gzipped, file by file as a server sends it) and the time to that frame in a fresh browser context.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { catchFirstFrame } from './browser';
import { quantile } from './soak';

const round = (x: number) => Math.round(x * 10) / 10;

export interface JsSize {
  kbGz: number;
  kbRaw: number;
  files: string[];
}

/** Sizes of built files, raw and gzipped one by one (as a server would send them). */
function sizeOf(dir: string, files: Iterable<string>): JsSize {
  let gz = 0;
  let raw = 0;
  const names: string[] = [];
  for (const file of files) {
    const bytes = readFileSync(file);
    raw += bytes.length;
    gz += gzipSync(bytes).length;
    names.push(file.slice(resolve(dir).length + 1));
  }
  return { kbGz: round(gz / 1024), kbRaw: round(raw / 1024), files: names };
}

/** The entry script and everything it imports statically (not the lazy chunks), gzipped. */
export function entryJs(dir: string): JsSize {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const start = [
    ...html.matchAll(/<script[^>]*\bsrc="([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g),
  ].map((m) => resolve(dir, m[1]!));
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    // Static `import ... from "./x.js"`, `import "./x.js"`, `export ... from "./x.js"`; not import().
    for (const m of code.matchAll(
      /\b(?:import|export)\s*(?:[^"'();]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g,
    ))
      visit(join(file, '..', m[1]!));
  };
  start.forEach(visit);
  return sizeOf(dir, seen);
}

/**
 * Time to the first frame on a cold load: a fresh context (no cache, no service worker) opens the
 * app; the clock stops at the first animation frame after the app marks itself ready (that frame
 * is the first painted one with everything mounted). Median of several loads, ms since navigation.
 */
export async function firstFrameMs(browser: Browser, url: string, runs = 7) {
  const frames: number[] = [];
  const fcps: number[] = [];
  const scripts = new Set<string>();
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    await context.addInitScript(catchFirstFrame);
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { __firstFrame?: number }).__firstFrame);
    const { frame, fcp, js } = await page.evaluate(() => {
      const at = (window as unknown as { __firstFrame: number }).__firstFrame;
      return {
        frame: at,
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
        // Every script fetched before that frame: the entry, its imports and the lazy chunks the
        // first frame waited for (the scene's Pixi).
        js: performance
          .getEntriesByType('resource')
          .filter((e) => e.name.endsWith('.js') && e.startTime <= at)
          .map((e) => new URL(e.name).pathname),
      };
    });
    frames.push(frame);
    fcps.push(fcp);
    for (const path of js) scripts.add(path);
    await context.close();
  }
  return {
    medianMs: round(quantile(frames, 0.5)),
    firstContentfulPaintMs: round(quantile(fcps, 0.5)),
    runs,
    scripts: [...scripts],
  };
}

/** The scripts fetched before the first frame (paths as the page asked for them), sized. */
export const initialJs = (dir: string, scripts: string[]) =>
  sizeOf(
    dir,
    scripts.map((p) => resolve(dir, decodeURIComponent(p).replace(/^\//, ''))),
  );
