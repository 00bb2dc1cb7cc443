// Robustness and privacy in a real browser: the served app carries a strict Content-Security-Policy
// and breaks none of it, nothing leaves the page's origin, the app still teaches without WebGL, and
// it does not leak when left playing at full speed (a short soak here, on the heap and the page's
// nodes; the long one, `npm run soak`, also judges the drift of frame times).
import { readFileSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SOAK_PATH, runSoak } from '../../scripts/soak';
import { strings } from '../../src/strings/index';
import { APP_DIR, baseUrl, expectClean, headerButton, launch, openApp, useApp } from './harness';

const MENU = strings.app.menu;

/** Wall time of the CI soak, s (SOAK_SECONDS overrides; `npm run soak` runs 300 s). */
const SOAK_S = Number(process.env.SOAK_SECONDS ?? 60);

useApp();

describe('the served app', () => {
  test('sends a strict Content-Security-Policy with every response', async () => {
    const html = readFileSync(join(APP_DIR, 'index.html'), 'utf8');
    const js = /src="\.?\/?(assets\/[^"]+\.js)"/.exec(html)?.[1];
    for (const path of ['', js ?? 'missing-entry.js']) {
      const res = await fetch(baseUrl + path);
      expect(res.status).toBe(200);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toMatch(/default-src 'self'/);
      expect(csp).toMatch(/script-src 'self'(;|$)/);
      expect(csp).toMatch(/object-src 'none'/);
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    }
  });

  test('serves nothing from outside its folder, however the path is spelled', async () => {
    // Raw requests: fetch would tidy the dots away before they reached the server.
    const indexHtml = readFileSync(join(APP_DIR, 'index.html'), 'utf8');
    const raw = (path: string) =>
      new Promise<string>((done, fail) =>
        get(baseUrl + 'x', { path }, (res) => {
          let body = '';
          res.on('data', (c: Buffer) => (body += c.toString()));
          res.on('end', () => done(body));
        }).on('error', fail),
      );
    for (const path of [
      '/../package.json',
      '/%2e%2e/package.json',
      '/..%2fpackage.json',
      '/../dist-single/naltrexone-sim.html',
    ]) {
      const body = await raw(path);
      // Either the app's own page (the fallback for unknown paths) or "not found", never the file.
      expect([indexHtml, 'not found'], path).toContain(body);
    }
  });

  test('the built page has no inline script or style for the policy to refuse', () => {
    const html = readFileSync(join(APP_DIR, 'index.html'), 'utf8');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
    expect(html).not.toMatch(/<style[\s>]/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });

  test('a normal session breaks no policy and sends nothing off the origin', async () => {
    const app = await openApp({ path: '?lesson=blockade' });
    const { page } = app;
    // Everything a visitor does: a lesson step, a dose, playback, a scrub, each dialog, every
    // download, each audience mode. Anything that injects a style or script, loads lazily from
    // elsewhere or phones home shows up as a violation or a foreign request.
    await page.locator('.next-button').click();
    await page.locator('button.dp-give').click();
    await page.locator('#playbar .tl-btn--play').click();
    await page.waitForTimeout(1000);
    await page.locator('#playbar .tl-btn--play').click();
    await page.locator('#tl-time').fill('200');
    for (const name of [MENU.about, MENU.model, MENU.share, MENU.shortcuts]) {
      await (await headerButton(page, name)).click();
      await page.waitForSelector('dialog[open]');
      await page.keyboard.press('Escape');
    }
    const downloads = page.locator('#charts-panel button', {
      hasText: /^(Timeline CSV|Timeline JSON|SVG|PNG)$/,
    });
    const count = await downloads.count();
    expect(count).toBeGreaterThanOrEqual(4);
    for (let i = 0; i < count; i++) {
      const download = page.waitForEvent('download');
      await downloads.nth(i).click();
      await (await download).path();
    }
    for (const mode of ['lecture', 'counsellor', 'student'])
      await page.locator(`input[name="audience-mode"][value="${mode}"]`).check();
    await page.waitForTimeout(500);
    const sent = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => (e as PerformanceResourceTiming).name),
    );
    for (const url of sent) expect(url.startsWith(baseUrl) || url.startsWith('data:')).toBe(true);
    expect(await page.context().cookies()).toEqual([]);
    expectClean(app);
  });
});

describe('without WebGL', () => {
  test('the app loads, says the animation is unavailable, and the charts and lessons still work', async () => {
    const browser = await launch({ withoutWebGL: true });
    try {
      const app = await openApp({ browser });
      const { page } = app;
      expect(await page.evaluate(() => !!document.createElement('canvas').getContext('webgl2'))).toBe(false);
      expect(await page.locator('#charts svg path').count()).toBeGreaterThan(0);
      await expect(page.locator('#disclaimer').textContent()).resolves.toMatch(/not medical advice/i);
      // The scene says so in plain words, and its live description still speaks.
      expect(await page.evaluate(() => window.__receptorScene?.status)).toBe('unavailable');
      await expect(page.locator('#scene').textContent()).resolves.toMatch(
        /animat.*(not available|unavailable)/i,
      );
      await expect(page.locator('#scene-description').textContent()).resolves.toMatch(/receptors/i);
      // The lessons still work: the next step opens.
      await page.locator('.next-button').click();
      await expect(page.locator('.lesson-meta').textContent()).resolves.toMatch(/2/);
      expectClean(app);
    } finally {
      await browser.close();
    }
  });
});

describe('the soak', () => {
  test(
    `at the highest speed for ${SOAK_S} s the heap grows under 10% and the page's nodes do not pile up`,
    async () => {
      const app = await openApp({ path: SOAK_PATH });
      expect(await app.page.locator('#tl-time').getAttribute('max')).toBe('8160');
      const result = await runSoak(app.page, { seconds: SOAK_S });
      console.log(`soak: ${JSON.stringify(result)}`);
      expect(result.heapGrowth).toBeLessThan(0.1);
      // Frame and script times are logged above but not asserted: they are wall-clock figures, and a
      // shared CI machine's other load moves them (script time per frame went from 0.8 to 1.5 ms
      // under a load of 10 with the same code). `npm run soak` (300 s, on a quiet machine) judges
      // their drift; docs/performance.md has its figures.
      expect(result.domNodesEnd).toBeLessThanOrEqual(result.domNodesStart * 1.1 + 50);
      expectClean(app);
    },
    SOAK_S * 1000 + 120_000,
  );
});
