// The four pieces beyond the seed (issue 15) in a real browser, used by keyboard alone: lesson 9
// (alcohol) and its section in the counsellor's view, the body map, the dose-shift explorer and the
// Drug X exercise. Each is opened by Tab and Enter (or its link), worked with arrow keys, Space and
// Enter, described in words for a screen reader, and free of axe violations in every audience mode
// that shows it. Drug X's name is nowhere on the page or in the address until the answer is checked.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { catchFirstFrame, explorerSettled } from '../../scripts/browser';
import { DRUG_X_PROFILES, drugXProfile } from '../../sim/index';
import { strings } from '../../src/strings/index';
import { APP_DIR, axeCheck, baseUrl, expectClean, headerButton, openApp, openMore, useApp } from './harness';

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

const ALL_MODES = ['student', 'lecture', 'counsellor'] as const;

/** One test per audience mode: open `path(mode)`, bring the piece up with `show`, then axe finds no
 *  WCAG 2.2 AA violation and the page logged no error. */
function axeCleanIn(
  modes: readonly (typeof ALL_MODES)[number][],
  what: string,
  path: (mode: string) => string,
  show: (page: Page) => Promise<unknown>,
  timeout?: number,
): void {
  for (const mode of modes)
    test(
      `has no axe violation in ${mode} mode, ${what}`,
      async () => {
        const app = await openApp({ path: path(mode) });
        await show(app.page);
        expect(await axeCheck(app.page)).toEqual([]);
        expectClean(app);
      },
      timeout,
    );
}

describe('lesson 9, alcohol and the reward', () => {
  test('is taken by keyboard: the guess, the reveal in a live region, the honest size of the effect', async () => {
    const app = await openApp({ path: '?lesson=alcohol&mode=student' });
    const { page } = app;
    // In words: the blood alcohol and the endorphins' share of receptors, and the scene's own line.
    expect(await page.locator('.lesson-text').textContent()).toMatch(
      /Blood alcohol peaks at 0\.\d+ g\/L.*rises from \d+% to \d+%/,
    );
    expect(await page.locator('#scene-description').textContent()).toMatch(/receptors held by endorphin/);
    await tabTo(page, '.next-button:not([disabled])');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.lesson[data-phase="awaiting"]');
    expect(await page.locator('.guess-question').textContent()).toMatch(/lift of drinking/);
    // The guess: the first choice by Space, then "smaller" by the arrow key; Reveal by Enter.
    await tabTo(page, 'input[name="lesson-guess"]');
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('input[name="lesson-guess"]:checked').getAttribute('value')).toBe('smaller');
    await tabTo(page, '.reveal-button');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.lesson[data-phase="revealed"]');
    expect(await page.locator('.lesson-outcome').getAttribute('aria-live')).toBe('polite');
    expect(await page.locator('.verdict').getAttribute('class')).toContain('right');
    const reveal = (await page.locator('.reveal-text').textContent())!;
    const [, lift, openLift] = reveal.match(/peaked at ([\d.]+), against ([\d.]+)/)!.map(Number);
    expect(lift).toBeGreaterThan(0.5 * openLift!);
    expect(lift).toBeLessThan(openLift!);
    const [, bac, openBac] = reveal.match(/Blood alcohol was the same \(([\d.]+) against ([\d.]+) g\/L\)/)!;
    expect(bac).toBe(openBac);
    expect(reveal).toMatch(/no sick reaction.*disulfiram/);
    // The last teaching step: help, not a cure, and no protection against alcohol's own dangers.
    await tabTo(page, '.next-button:not([disabled])');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.lesson-title').textContent()).toBe('Help, not a cure');
    expect(await page.locator('.lesson-text').textContent()).toMatch(/0\.2-0\.3.*no cure.*no protection/);
    // Counsellor mode, by keyboard: the same step in plain words.
    await tabTo(page, 'input[name="audience-mode"]:checked');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.waitForSelector('body[data-mode="counsellor"]');
    expect(await page.locator('.lesson-text').textContent()).toMatch(/It is not a cure/);
    expectClean(app);
  }, 120_000);

  axeCleanIn(
    ALL_MODES,
    'the answer revealed',
    (mode) => `?lesson=alcohol&step=2&mode=${mode}`,
    async (page) => {
      await page.locator('input[name="lesson-guess"][value="same"]').check();
      await page.locator('.reveal-button').click();
      await page.waitForSelector('.lesson[data-phase="revealed"]');
    },
  );
});

describe("alcohol in the counsellor's view", () => {
  test('a section named "Naltrexone and alcohol" under "Keep safe", shown to counsellors only, axe-clean', async () => {
    const app = await openApp({ path: '?mode=counsellor' });
    const { page } = app;
    const words = strings.lessons.counsellor.alcohol;
    const region = page.getByRole('region', { name: words.heading });
    expect(await region.isVisible()).toBe(true);
    const text = (await region.innerText()).replace(/\s+/g, ' ');
    for (const line of [...words.helps, ...words.doesNot, ...words.breathing]) expect(text).toContain(line);
    // Right under the red safety box, and above the buttons of the side column.
    const box = async (sel: string) => (await page.locator(sel).boundingBox())!;
    expect((await box('.counsellor-alcohol')).y).toBeGreaterThan((await box('.safety')).y);
    expect((await box('.curves-toggle')).y).toBeGreaterThan((await box('.counsellor-alcohol')).y);
    expect(await axeCheck(page)).toEqual([]);
    // A phone: one column, nothing wider than the screen.
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await region.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await axeCheck(page)).toEqual([]);
    // Students and lecturers have lesson 9 instead: the counsellor's view is not shown to them.
    await page.locator('input[name="audience-mode"][value="student"]').check();
    expect(await region.isVisible()).toBe(false);
    expectClean(app);
  });
});

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

  axeCleanIn(
    ALL_MODES,
    'the spinal cord chosen',
    (mode) => `?mode=${mode}`,
    async (page) => {
      await openMore(page);
      await page.locator('.open-body-map').click();
      await page.waitForSelector('dialog[open] .body-map');
      await page.locator('input[name="body-place"][value="spinal"]').check();
    },
  );
});

describe('the dose-shift explorer', () => {
  const settled = (page: Page, choice: string) => explorerSettled(page, choice, 60_000);

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

  axeCleanIn(
    ['student', 'lecture'],
    'its numbers open (counsellors do not see it)',
    (mode) => `?mode=${mode}`,
    async (page) => {
      await openMore(page);
      await page.locator('.open-explorer').click();
      await settled(page, 'heroin/week4');
      await page.locator('.ex-numbers summary').click();
    },
    120_000,
  );

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

  axeCleanIn(
    ALL_MODES,
    'the answer checked',
    (mode) => `?mode=${mode}&drugx=${seedOf('buprenorphine')}`,
    async (page) => {
      await page.waitForSelector('dialog[open] .drug-x[data-experiment]');
      await page.locator('input[name="dx-experiment"][value="naltrexone"]').check();
      await page.waitForSelector('.drug-x[data-experiment="naltrexone|1"]');
      await page.locator('input[name="dx-kind"][value="partial_agonist"]').check();
      await page.locator('input[name="dx-duration"][value="long"]').check();
      await page.locator('.dx-check').click();
      await page.waitForSelector('.dx-result[data-right]');
    },
  );
});

describe('the initial JavaScript', () => {
  const kbGz = (paths: string[]) =>
    paths.reduce((sum, p) => sum + gzipSync(readFileSync(join(APP_DIR, p))).length, 0) / 1024;

  test.each(['en', 'es'])(
    'is 220 KB gzipped or less at the first frame, and the three panels load when opened (lang=%s)',
    async (lang) => {
      // Without the service worker, nothing is preloaded for offline use: what is asked for is needed.
      // Each language's words are a chunk of their own, fetched before the first frame: both are counted.
      const app = await openApp({ path: `?mode=student&lang=${lang}`, serviceWorkers: 'block' });
      const { page } = app;
      // As `npm run bench` counts it: every script whose fetch started before the first frame after
      // the app said it was ready (Pixi's renderer included). The frame is caught from the start.
      await app.context.addInitScript(catchFirstFrame);
      await page.reload();
      const frame = (await (
        await page.waitForFunction(() => (window as unknown as { __firstFrame?: number }).__firstFrame)
      ).jsonValue()) as number;
      const scripts = (before = Infinity) =>
        page.evaluate(
          (t) =>
            performance
              .getEntriesByType('resource')
              .filter((e) => e.name.endsWith('.js') && e.startTime <= t)
              .map((e) => new URL(e.name).pathname)
              .filter((p) => p !== '/sw.js'),
          before,
        );
      const initial = await scripts(frame);
      const kb = kbGz(initial);
      expect(kb, `${initial.length} files: ${initial.join(' ')}`).toBeLessThanOrEqual(220);
      expect(initial.some((p) => /\/scene-/.test(p))).toBe(true);
      expect(initial.filter((p) => /\/(panels|model-sources)-/.test(p))).toEqual([]);
      // Opening the body map fetches the panels' chunk, with the explorer and Drug X in it.
      await openMore(page);
      await page.locator('.open-body-map').click();
      await page.waitForSelector('dialog[open] .body-map');
      const later = (await scripts()).filter((p) => !initial.includes(p));
      expect(later.some((p) => /\/panels-/.test(p))).toBe(true);
      expectClean(app);
    },
  );
});
