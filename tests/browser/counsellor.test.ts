// The counsellor's view in a real browser, on a fixed calendar day: the kind of last opioid must be
// chosen before any start date is given, the long-acting kinds wait 10-14 days, the injection's block
// is said to fade before the due date, past dates are told as past, and the printed take-away puts
// "get help now" first and fits on one page of both A4 and US Letter.
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { expectClean, openApp, useApp } from './harness';

useApp();

const TODAY = new Date('2025-03-10T10:00:00');
const text = (page: Page, id: string) => page.locator(`#${id}`).innerText();

/** A British browser: dates follow the browser's region (an American one reads "March 15, 2025"). */
async function counsellor(viewport?: { width: number; height: number }) {
  const app = await openApp({ path: '?mode=counsellor', locale: 'en-GB', ...(viewport ? { viewport } : {}) });
  await app.page.clock.setFixedTime(TODAY);
  return app;
}

test('the counsellor dates: no default kind, the long waits, the injection and the tablets', async () => {
  const app = await counsellor();
  const { page } = app;
  expect(await page.locator('#opioid-kind').inputValue()).toBe('');
  expect(await page.locator('#opioid-kind').getAttribute('required')).not.toBeNull();
  await page.fill('#last-use', '2025-03-08');
  expect(await text(page, 'start-result')).toMatch(/^Choose the last opioid/);
  expect(await text(page, 'start-result')).not.toMatch(/2025/);
  await page.selectOption('#opioid-kind', 'short');
  expect(await text(page, 'start-result')).toMatch(
    /Not before Saturday,? 15 March 2025.*Tuesday,? 18 March/s,
  );
  for (const kind of ['fentanyl', 'extended', 'methadone', 'buprenorphine', 'unsure']) {
    await page.selectOption('#opioid-kind', kind);
    const words = await text(page, 'start-result');
    expect(words, kind).toMatch(/Not before Tuesday,? 18 March 2025.*Saturday,? 22 March 2025/s);
    expect(words, kind).toMatch(/10 to 14 days, and sometimes longer/);
  }
  await page.fill('#last-use', '2025-01-10');
  expect(await text(page, 'start-result')).toMatch(/usual wait is already over/);
  expect(await text(page, 'start-result')).not.toMatch(/2025/);

  await page.fill('#last-injection', '2025-03-01');
  const inj = await text(page, 'injection-result');
  expect(inj).toMatch(/Next injection due: Saturday,? 29 March 2025\. From about Saturday,? 22 March 2025/);
  expect(inj).toMatch(/tolerance is already low/i);
  await page.fill('#last-injection', '2025-01-09');
  expect(await text(page, 'injection-result')).toMatch(/overdue\. It was due on Thursday,? 6 February 2025/);
  await page.fill('#last-injection', '2199-01-01');
  expect(await text(page, 'injection-result')).toMatch(/future/);

  await page.fill('#last-tablet', '2025-03-10');
  expect(await text(page, 'tablet-result')).toMatch(
    /fade from about Tuesday,? 11 March.*Thursday,? 13 March/s,
  );
  await page.fill('#last-tablet', '2025-02-10');
  expect(await text(page, 'tablet-result')).toMatch(/probably gone already/);
  expectClean(app);
});

test('the printed take-away: get help now comes first, and it fits on one page', async () => {
  const app = await counsellor({ width: 794, height: 1123 });
  const { page } = app;
  await page.fill('#last-use', '2025-03-08');
  await page.selectOption('#opioid-kind', 'methadone');
  await page.fill('#last-injection', '2025-03-01');
  await page.fill('#last-tablet', '2025-03-10');
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('#takeaway').isVisible()).toBe(true);
  expect(await page.locator('#main').isVisible()).toBe(false);
  // The first block under the title is "get help now", and it is the highest on the page.
  const blocks = page.locator('#takeaway > section');
  expect(await blocks.first().locator('h2').innerText()).toMatch(/^Get help now/);
  const tops = await blocks.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
  expect(Math.min(...tops)).toBe(tops[0]);
  const sheet = await page.locator('#takeaway').innerText();
  expect(sheet).toMatch(/Tuesday,? 18 March 2025 \(many wait until Saturday,? 22 March 2025\)/);
  expect(sheet).toMatch(/fade from about:\s*Saturday,? 22 March 2025/);
  expect(sheet).toMatch(/Next injection due:\s*Saturday,? 29 March 2025/);
  mkdirSync('test-results', { recursive: true });
  await page.screenshot({ path: 'test-results/takeaway-print.png', fullPage: true });
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = await page.pdf({ format, printBackground: true });
    writeFileSync(`test-results/takeaway-${format}.pdf`, pdf);
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length, format).toBe(1);
  }
  expectClean(app);
});
