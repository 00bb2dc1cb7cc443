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

  test("an update's visit forgets the assets of earlier releases and keeps its own", async () => {
    const app = await openApp();
    const { page } = app;
    await page.waitForSelector('html[data-offline="ready"]', { timeout: 30_000 });
    const cached = () =>
      page.evaluate(async () => {
        const names = await caches.keys();
        const cache = await caches.open(names[0]!);
        return (await cache.keys()).map((r) => new URL(r.url).pathname);
      });
    // An asset as an earlier release would have left it.
    await page.evaluate(async () => {
      const cache = await caches.open((await caches.keys())[0]!);
      await cache.put(new URL('assets/old-release-0a1b2c3d.js', location.href).href, new Response('old'));
    });
    expect((await cached()).some((p) => p.includes('old-release'))).toBe(true);
    const before = (await cached()).filter((p) => !p.includes('old-release'));
    await page.evaluate(() => delete document.documentElement.dataset.offline);
    await page.reload();
    await page.waitForSelector('html[data-offline="ready"]', { timeout: 30_000 });
    const after = await cached();
    expect(after.some((p) => p.includes('old-release'))).toBe(false);
    expect(after.filter((p) => p.includes('/assets/')).sort()).toEqual(
      before.filter((p) => p.includes('/assets/')).sort(),
    );
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
