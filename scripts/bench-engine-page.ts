// The engine in the page, for `npm run bench`: the 90-day timeline timed in Chromium, fresh and into
// recycled storage (no target: the targets are Node's, scripts/bench-engine-run.ts). Node does not
// show what a page pays for memory it has not used before: on this project's virtual machine,
// Chromium's first write to each page of a fresh 4.8 MB timeline made a fresh run about three times
// slower than a run into storage already used, which is what the app's store does
// (docs/performance.md).
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EngineTime } from './bench-engine-time';

/** The engine's timing functions bundled for the browser (as one module, like the app's chunk). */
async function bundle(): Promise<string> {
  const outDir = 'node_modules/.cache/bench-engine-page';
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      lib: { entry: 'scripts/bench-engine-page-entry.ts', formats: ['es'], fileName: () => 'engine.js' },
      outDir,
      emptyOutDir: true,
      minify: true,
      copyPublicDir: false,
    },
  });
  return readFileSync(join(outDir, 'engine.js'), 'utf8');
}

export async function benchEnginePage(o: { browser: Browser }) {
  const code = await bundle();
  const page = await o.browser.newPage();
  try {
    await page.setContent('<!doctype html><title>engine</title>');
    await page.addScriptTag({ content: code, type: 'module' });
    await page.waitForFunction(() => 'engineBench' in globalThis);
    const run = (which: 'fresh' | 'recycled') =>
      page.evaluate(
        (w) => (globalThis as unknown as { engineBench: Record<string, () => EngineTime> }).engineBench[w]!(),
        which,
      );
    return { days90_fresh: await run('fresh'), days90_recycled: await run('recycled') };
  } finally {
    await page.close();
  }
}
