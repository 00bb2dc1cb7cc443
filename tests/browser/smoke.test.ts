// The built app loads, draws its first chart and stays clean.
import { expect, test } from 'vitest';
import { expectClean, openApp, useApp } from './harness';

useApp();

test('the app loads, says it is not medical advice and draws a chart', async () => {
  const app = await openApp();
  await expect(app.page.locator('#disclaimer').textContent()).resolves.toMatch(/not medical advice/i);
  expect(await app.page.locator('#charts svg path').count()).toBeGreaterThan(0);
  expectClean(app);
});
