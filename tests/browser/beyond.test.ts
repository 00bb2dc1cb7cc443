// The three panels beyond the lessons (issue 15) in a real browser, used by keyboard alone: the body
// map, the dose-shift explorer and the Drug X exercise. Each is opened from the header by Tab and
// Enter, worked with arrow keys, Space and Enter, described in words for a screen reader, and free of
// axe violations in every audience mode that shows it. Drug X's name is nowhere on the page or in
// the address until the answer is checked.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { DRUG_X_PROFILES, drugXProfile } from '../../sim/index';
import { strings } from '../../src/strings/index';
import { axeCheck, baseUrl, expectClean, headerButton, openApp, openMore, useApp } from './harness';

useApp();

const MENU = strings.app.menu;

/** Presses Tab until the focused element matches `selector` (at most `max` times). */
async function tabTo(page: Page, selector: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => !!document.activeElement?.matches(s), selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Opens a panel from the header with the keyboard, and waits for its content. */
async function openByKeyboard(page: Page, opener: string, content: string): Promise<void> {
  await tabTo(page, '.header-more-button');
  await page.keyboard.press('Enter');
  await tabTo(page, opener);
  await page.keyboard.press('Enter');
  await page.waitForSelector(`dialog[open] ${content}`);
}

/** The first seed (from 1) that draws a profile of `drug`. */
const seedOf = (drug: string) => {
  for (let s = 1; s < 10_000; s++) if (drugXProfile(s).drug === drug) return s;
  throw new Error(drug);
};

describe('the body map', () => {
  test('opens from the header by keyboard, is described in words, and reads the model at the cursor', async () => {
    const app = await openApp({ path: '?lesson=blockade&step=3&mode=student' });
    const { page } = app;
    await openByKeyboard(page, '.open-body-map', '.body-map');
    // The picture is one image with a title and a description; the places are real radio buttons.
    const figure = page.locator('svg.bm-figure');
    expect(await figure.getAttribute('role')).toBe('img');
    expect(await figure.locator('desc').textContent()).toMatch(/brain.*brainstem.*spinal cord.*stomach/i);
    await tabTo(page, 'input[name="body-place"]');
    expect(await page.locator('.bm-name').textContent()).toContain('Brain');
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('.bm-name').textContent()).toContain('Brainstem');
    expect(await page.locator('.bm-feel').textContent()).toMatch(/drive to breathe is lost/);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('.bm-name').textContent()).toContain('Stomach');
    expect(await page.locator('.bm-side').textContent()).toContain('Feeling sick');
    expect(await page.locator('.bm-now').textContent()).toMatch(/one pool of locks/);
    // The shares are the model's at the cursor: on naltrexone, the blockers hold most receptors.
    const shares = await page.locator('.bm-shares li').allTextContents();
    expect(shares).toHaveLength(4);
    expect(Number(shares[2]!.match(/\d+/)![0])).toBeGreaterThan(50);
    // Escape closes it and gives the focus back to the button that opened it.
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('open-body-map'))).toBe(true);
    expectClean(app);
  });

  test('is linked from lesson 1 and from About naltrexone', async () => {
    const app = await openApp({ path: '?lesson=endorphins' });
    const { page } = app;
    await tabTo(page, '.lesson-open');
    await page.keyboard.press('Enter');
    await page.waitForSelector('dialog[open] .body-map');
    await page.keyboard.press('Escape');
    await (await headerButton(page, MENU.about)).click();
    await page.locator('dialog[open] .about-body-map').click();
    await page.waitForSelector('dialog[open] .body-map');
    expect(await page.locator('dialog[open]').count()).toBe(1);
    expectClean(app);
  });

  for (const mode of ['student', 'lecture', 'counsellor'] as const)
    test(`has no axe violation in ${mode} mode`, async () => {
      const app = await openApp({ path: `?mode=${mode}` });
      await openMore(app.page);
      await app.page.locator('.open-body-map').click();
      await app.page.waitForSelector('dialog[open] .body-map');
      await app.page.locator('input[name="body-place"][value="spinal"]').check();
      expect(await axeCheck(app.page)).toEqual([]);
      expectClean(app);
    });
});

describe('the dose-shift explorer', () => {
  const settled = (page: Page, choice: string) =>
    page.waitForFunction(
      (c) => {
        const e = document.querySelector<HTMLElement>('.explorer');
        return e?.dataset.choice === c && !e.hasAttribute('aria-busy');
      },
      choice,
      { timeout: 60_000 },
    );

  test('is worked by keyboard: opioid, naltrexone state, the reading slider and the Schild plot', async () => {
    const app = await openApp({ path: '?mode=student' });
    const { page } = app;
    await openByKeyboard(page, '.open-explorer', '.explorer');
    await settled(page, 'heroin/week4');
    // Two charts, each with the three curves, the danger zone and words for what they show.
    expect(await page.locator('.ex-chart-host svg[role="img"] desc').count()).toBe(2);
    expect(await page.locator('.explorer .plot-line').count()).toBe(6);
    expect(await page.locator('.explorer rect.ex-danger').count()).toBe(1);
    expect(await page.locator('.ex-summary').getAttribute('aria-live')).toBe('polite');
    expect(await page.locator('.ex-summary').textContent()).toMatch(/times the dose.*Gaddum/);
    // The opioid: Tab to the list and choose the next one with the arrow key.
    await tabTo(page, '#ex-opioid');
    await page.keyboard.press('ArrowDown');
    await settled(page, 'fentanyl/week4');
    // The state: Tab to the checked radio button and move along with the arrow keys.
    await tabTo(page, 'input[name="ex-state"]:checked');
    await page.keyboard.press('ArrowRight');
    await settled(page, 'fentanyl/stopped');
    expect(await page.locator('.ex-state-text').textContent()).toMatch(/block is gone.*tolerance/);
    expect(await page.locator('.ex-status').textContent()).toMatch(/32 doses/);
    // The slider reads the three curves at a dose, out loud.
    await tabTo(page, '#ex-cursor');
    const before = await page.locator('.ex-readout').textContent();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const after = await page.locator('.ex-readout').textContent();
    expect(after).not.toBe(before);
    expect(after).toMatch(/This moment, euphoria \d+.*While still using every day/);
    expect(await page.locator('#ex-cursor').getAttribute('aria-valuetext')).toMatch(/ m?g$/);
    // The Schild plot opens with Enter on its summary and gives a slope near 1.
    await tabTo(page, '.ex-schild summary');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => /Slope/.test(document.querySelector('.ex-schild-slope')?.textContent ?? ''),
      null,
      {
        timeout: 60_000,
      },
    );
    const slope = Number((await page.locator('.ex-schild-slope').textContent())!.match(/Slope ([\d.]+)/)![1]);
    expect(slope).toBeGreaterThan(0.9);
    expect(slope).toBeLessThan(1.1);
    expect(await page.locator('.ex-schild-points li').count()).toBeGreaterThanOrEqual(6);
    expectClean(app);
  }, 180_000);

  for (const mode of ['student', 'lecture'] as const)
    test(`has no axe violation in ${mode} mode (counsellors do not see it)`, async () => {
      const app = await openApp({ path: `?mode=${mode}` });
      const { page } = app;
      await openMore(page);
      await page.locator('.open-explorer').click();
      await settled(page, 'heroin/week4');
      await page.locator('.ex-numbers summary').click();
      expect(await axeCheck(page)).toEqual([]);
      expectClean(app);
    }, 120_000);

  test('is not offered in counsellor mode', async () => {
    const app = await openApp({ path: '?mode=counsellor' });
    await openMore(app.page);
    expect(await app.page.locator('.open-body-map').isVisible()).toBe(true);
    expect(await app.page.locator('.open-explorer').isVisible()).toBe(false);
    expect(await app.page.locator('.open-drug-x').isVisible()).toBe(false);
    expectClean(app);
  });
});

describe('the Drug X exercise', () => {
  test('a class link opens the same drug, and neither the page nor the address names it until the check', async () => {
    const seed = seedOf('naloxone');
    const app = await openApp({ path: `?drugx=${seed}` });
    const { page } = app;
    await page.waitForSelector('dialog[open] .drug-x[data-experiment]');
    // Naltrexone and heroin are named for every drug (the experiments give them): not a clue.
    const names = Object.values(DRUG_X_PROFILES)
      .flat()
      .map((p) => p.drug)
      .filter((d) => d !== 'naltrexone' && d !== 'heroin');
    const visible = async () =>
      page.evaluate(() => {
        const d = document.querySelector('dialog[open]')!;
        const attrs = [...d.querySelectorAll('*')].flatMap((n) => [...n.attributes].map((a) => a.value));
        return `${d.textContent} ${attrs.join(' ')} ${location.href}`.toLowerCase();
      });
    await page.waitForFunction((s) => location.search.includes(`drugx=${s}`), seed);
    const text = await visible();
    for (const name of names) expect(text, name).not.toContain(name);
    expect(await page.inputValue('#dx-seed')).toBe(String(seed));

    // Keyboard: the experiment "after an opioid", the answer, Check.
    await tabTo(page, 'input[name="dx-experiment"]:checked');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.waitForSelector('.drug-x[data-experiment="opioid|1"]');
    expect(await page.locator('.dx-summary').textContent()).toMatch(/withdrawal up to (2[5-9]|[34]\d)/);
    await tabTo(page, 'input[name="dx-kind"]');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('input[name="dx-kind"]:checked').getAttribute('value')).toBe('antagonist');
    await tabTo(page, 'input[name="dx-duration"]');
    await page.keyboard.press('Space');
    expect(await page.locator('input[name="dx-duration"]:checked').getAttribute('value')).toBe('short');
    await tabTo(page, '.dx-check');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.dx-result[data-right="true"]');
    expect(await page.locator('.dx-result').getAttribute('aria-live')).toBe('polite');
    expect(await page.locator('.dx-result').textContent()).toMatch(/Drug X was naloxone.*antagonist/);
    expectClean(app);
  }, 120_000);

  test('the picture of 100 receptors follows the time slider, in words too', async () => {
    const seed = seedOf('fentanyl');
    const app = await openApp({ path: `?drugx=${seed}` });
    const { page } = app;
    await page.waitForSelector('dialog[open] .drug-x[data-experiment]');
    expect(await page.locator('.dx-picture rect').count()).toBe(100);
    await tabTo(page, '#dx-time');
    await page.keyboard.press('Home');
    expect(await page.locator('.dx-picture-words').textContent()).toMatch(/0 held by Drug X/);
    expect(await page.locator('.dx-picture text', { hasText: 'X' }).count()).toBe(0);
    // A few minutes after the dose, fentanyl holds some receptors: Xs appear.
    for (let i = 0; i < 85; i++) await page.keyboard.press('ArrowRight');
    const words = (await page.locator('.dx-picture-words').textContent())!;
    const held = Number(words.match(/(\d+) held by Drug X/)![1]);
    expect(held).toBeGreaterThan(0);
    expect(await page.locator('.dx-picture text', { hasText: /^X$/ }).count()).toBe(held);
    expectClean(app);
  });

  test('another drug changes the number in the address; the class link carries only the number', async () => {
    const app = await openApp({ path: '?drugx=17' });
    const { page } = app;
    await page.waitForSelector('dialog[open] .drug-x[data-seed="17"]');
    await page.locator('.dx-another').click();
    await page.waitForFunction(() => document.querySelector<HTMLElement>('.drug-x')!.dataset.seed !== '17');
    const seed = await page.locator('.drug-x').getAttribute('data-seed');
    await page.waitForFunction((s) => new URLSearchParams(location.search).get('drugx') === s, seed);
    await page.locator('.dx-copy').click();
    await page.waitForFunction(() => document.querySelector('.dx-seed-status')?.textContent !== '');
    const link = (await page.locator('.dx-link-field').isVisible())
      ? await page.inputValue('.dx-link-field')
      : await page.evaluate(() => navigator.clipboard.readText()).catch(() => '');
    if (link) expect(link).toBe(`${new URL(baseUrl).origin}/?drugx=${seed}`);
    // A lecturer types a number: the drug of that number.
    await page.fill('#dx-seed', '4242');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.drug-x[data-seed="4242"]');
    await page.fill('#dx-seed', 'x1');
    await page.locator('.dx-seed-use').click();
    expect(await page.locator('.dx-seed-status').textContent()).toMatch(/whole number/);
    expect(await page.locator('.drug-x').getAttribute('data-seed')).toBe('4242');
    // Closing the exercise takes the number out of the address.
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !location.search.includes('drugx'));
    expectClean(app);
  });

  for (const mode of ['student', 'lecture', 'counsellor'] as const)
    test(`has no axe violation in ${mode} mode, answer checked`, async () => {
      const app = await openApp({ path: `?mode=${mode}&drugx=${seedOf('buprenorphine')}` });
      const { page } = app;
      await page.waitForSelector('dialog[open] .drug-x[data-experiment]');
      await page.locator('input[name="dx-experiment"][value="naltrexone"]').check();
      await page.waitForSelector('.drug-x[data-experiment="naltrexone|1"]');
      await page.locator('input[name="dx-kind"][value="partial_agonist"]').check();
      await page.locator('input[name="dx-duration"][value="long"]').check();
      await page.locator('.dx-check').click();
      await page.waitForSelector('.dx-result[data-right]');
      expect(await axeCheck(page)).toEqual([]);
      expectClean(app);
    });
});
