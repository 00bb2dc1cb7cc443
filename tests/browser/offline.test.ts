// Offline use: after one visit the app works with the network off (service worker), and the
// single-file build (`npm run build:single`) works opened straight from disk.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { expectClean, openApp, useApp } from './harness';

/** The single-file build (built by `npm run build:single`, which `npm run test:browser` runs). */
const SINGLE = resolve(process.env.APP_SINGLE ?? 'dist-single/naltrexone-sim.html');

useApp();

/** The app is up and teaching: ready, the disclaimer shown, charts, scene and lesson drawn. */
async function expectWorking(app: Awaited<ReturnType<typeof openApp>>): Promise<void> {
  const { page } = app;
  await page.waitForSelector('body[data-ready="true"]');
  await expect(page.locator('#disclaimer').textContent()).resolves.toMatch(/not medical advice/i);
  expect(await page.locator('#charts svg path').count()).toBeGreaterThan(0);
  // The receptor scene's lazily loaded code (Pixi and its renderer) came too, and it draws.
  expect(await page.evaluate(() => window.__receptorScene?.status)).toBe('running');
  await expect(page.locator('.lesson-title').textContent()).resolves.toMatch(/\w/);
}

describe('offline', () => {
  test('after one visit the app reloads and works with the network off', async () => {
    const app = await openApp();
    await app.page.waitForSelector('html[data-offline="ready"]', { timeout: 30_000 });
    await app.context.setOffline(true);
    const response = await app.page.reload();
    expect(response?.fromServiceWorker(), 'the page came from the service worker').toBe(true);
    await expectWorking(app);
    // Another address of the same app (a lesson link) also opens offline.
    await app.page.goto(new URL('?lesson=blockade', app.page.url()).href);
    await expectWorking(app);
    expectClean(app);
  });

  test('the single HTML file works opened from disk', async () => {
    const app = await openApp({ url: pathToFileURL(SINGLE).href });
    await expectWorking(app);
    await app.page.waitForTimeout(1000);
    // Everything is inside the one file: nothing else is fetched, not even from the same folder.
    const fetched = app.requests.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:'));
    expect(fetched).toEqual([pathToFileURL(SINGLE).href]);
    expectClean(app);
  });
});
