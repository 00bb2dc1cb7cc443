// Accessibility in a real browser: axe finds no WCAG 2.2 AA violation in any audience mode, any
// information dialog or any lesson step (before and after each prediction's reveal, and in a
// every audience mode); a keyboard alone takes a whole lesson, gives a dose, scrubs and exports,
// with the focus always visible and the live description announced; reduced motion is honoured;
// text at 200% loses nothing, in English and in Spanish.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { LESSONS } from '../../sim/index';
import { LESSON_STEPS } from '../../src/lessons/steps';
import { strings } from '../../src/strings/index';
import { axeCheck, expectClean, headerButton, openApp, useApp } from './harness';

const MODES = ['student', 'lecture', 'counsellor'] as const;
const MENU = strings.app.menu;
/** Header buttons that open a dialog (full screen, print and play do not). */
const DIALOGS = [MENU.about, MENU.model, MENU.share, MENU.shortcuts];

useApp();

/** What is wrong with the focus indicator of the focused element ('' when it is fine). */
async function focusProblem(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return 'focus fell back to the page';
    const label = (el.textContent ?? '').trim() || el.getAttribute('aria-label') || el.id || '';
    const name = `${el.tagName.toLowerCase()}${el.className ? '.' + String(el.className).split(' ')[0] : ''} "${label.slice(0, 30)}"`;
    // The ring is the element's own, or (for an input drawn as its label, like a file input under
    // a styled label) that of a close ancestor lit by :focus-within.
    const ring = (n: Element) => {
      const st = getComputedStyle(n);
      return (st.outlineStyle !== 'none' && parseFloat(st.outlineWidth) >= 2) || st.boxShadow !== 'none';
    };
    const own = el.getBoundingClientRect();
    const invisible = parseFloat(getComputedStyle(el).opacity) === 0 || own.width <= 1 || own.height <= 1;
    let lit: Element | null = !invisible && ring(el) ? el : null;
    for (let n = el.parentElement, k = 0; !lit && n && k < 3; n = n.parentElement, k++) if (ring(n)) lit = n;
    if (!lit) return `${name} has no visible focus indicator`;
    const r0 = lit.getBoundingClientRect();
    if (r0.width < 1 || r0.height < 1) return `${name} is focused but has no size`;
    // Not entirely hidden by other content (WCAG 2.4.11): some point of it is on top.
    const hits = () => {
      const r = lit.getBoundingClientRect();
      const points = [
        [r.left + r.width / 2, r.top + r.height / 2],
        [r.left + 2, r.top + 2],
        [r.right - 2, r.bottom - 2],
      ];
      return points.map(([x, y]) => document.elementFromPoint(x!, y!));
    };
    const onTop = (hit: Element | null) => !!hit && (lit.contains(hit) || hit.contains(lit));
    if (hits().some(onTop)) return '';
    // Outside the window, as when the page moved after Tab had scrolled to it (a busy machine's late
    // layout), is not hidden: brought back into view the way Tab brings it, it must be on top once
    // the frames after have drawn. (A chart far out of view keeps its drawing at its old size until
    // it comes near the view: just after the text doubles, the levels and breathing charts are 605 px
    // wide in a 464 px box, over the dose panel's column, for the frame before they redraw.)
    lit.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    // Three frames: the observer reports after the first, the chart redraws in the next.
    for (let f = 0; f < 3; f++) await new Promise((done) => requestAnimationFrame(done));
    const after = hits();
    if (after.some(onTop)) return '';
    const what = after.map((h) => (h ? `${h.tagName.toLowerCase()}.${String(h.className)}` : 'nothing'));
    return `${name} is hidden behind other content (${what.join(', ')})`;
  });
}

/** A stable name for the focused element, to notice when Tab has gone all the way round. */
const focusKey = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    const path: string[] = [];
    for (let n: Element | null = el; n && n !== document.body; n = n.parentElement)
      path.unshift(`${n.tagName}:${[...(n.parentElement?.children ?? [])].indexOf(n)}`);
    return path.join('/');
  });

/** Tabs through every stop once (until focus comes round again), checking each on the way. */
async function tabThroughEverything(page: Page, limit = 300): Promise<string[]> {
  const problems: string[] = [];
  const visited = new Set<string>();
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const key = await focusKey(page);
    if (key === 'body' && i > 0) break;
    if (visited.has(key)) break;
    visited.add(key);
    const problem = await focusProblem(page);
    if (problem) problems.push(problem);
  }
  return problems;
}

/**
 * Presses Tab (only Tab) until the focused element matches the selector (and the text, if given),
 * recording any focus problem met on the way. Throws when it never gets there.
 */
async function tabTo(page: Page, selector: string, problems: string[], text?: RegExp): Promise<void> {
  for (let i = 0; i < 300; i++) {
    await page.keyboard.press('Tab');
    const there = await page.evaluate(
      ([sel, source]) => {
        const el = document.activeElement;
        return (
          !!el?.matches(sel!) && (source === null || new RegExp(source!, 'i').test(el.textContent ?? ''))
        );
      },
      [selector, text?.source ?? null] as const,
    );
    if (there || (await focusKey(page)) !== 'body') {
      // (On the page itself only while wrapping round from the last control to the first.)
      const problem = await focusProblem(page);
      if (problem && !problems.includes(problem)) problems.push(problem);
    }
    if (there) return;
  }
  throw new Error(`Tab never reached ${selector} ${text ?? ''}`);
}

describe('axe finds no WCAG 2.2 AA violation', () => {
  for (const mode of MODES) {
    test(`in ${mode} mode, with each of its dialogs open`, async () => {
      const app = await openApp({ path: `?mode=${mode}` });
      const { page } = app;
      const found: Record<string, string[]> = {};
      const check = async (where: string) => {
        const violations = await axeCheck(page);
        if (violations.length) found[where] = violations;
      };
      await check(mode);
      for (const name of DIALOGS) {
        const opener = await headerButton(page, name);
        if (!(await opener.isVisible())) continue;
        await opener.click();
        await page.waitForSelector('dialog[open]');
        await check(`${mode}: ${name}`);
        await page.keyboard.press('Escape');
        await page.waitForSelector('dialog[open]', { state: 'detached' }).catch(() => undefined);
      }
      expect(found).toEqual({});
      expectClean(app);
    });
  }

  for (const lesson of LESSONS) {
    const steps = LESSON_STEPS[lesson.id] ?? [];
    test(`in each of the ${steps.length} steps of lesson ${lesson.number}, ${lesson.id}`, async () => {
      const app = await openApp({ path: `?lesson=${lesson.id}` });
      const { page } = app;
      const found: Record<string, string[]> = {};
      const check = async (where: string) => {
        const violations = await axeCheck(page);
        if (violations.length) found[where] = violations;
      };
      for (const [i, step] of steps.entries()) {
        await expect(page.locator('.lesson-meta').textContent()).resolves.toContain(`${i + 1}`);
        await check(`step ${i + 1}`);
        // The same step in the other audience modes: other colours, other words, other layout.
        for (const other of ['lecture', 'counsellor'] as const) {
          await page.locator(`input[name="audience-mode"][value="${other}"]`).check();
          await check(`step ${i + 1} in ${other} mode`);
        }
        await page.locator('input[name="audience-mode"][value="student"]').check();
        if (step.kind === 'predict') {
          await page.locator('input[name="lesson-guess"]').first().check();
          await page.locator('.reveal-button').click();
          await page.waitForSelector('.lesson[data-phase="revealed"]');
          await check(`step ${i + 1} revealed`);
        }
        if (i < steps.length - 1) await page.locator('.next-button').click();
      }
      expect(found).toEqual({});
      expectClean(app);
    });
  }
});

describe('the keyboard alone', () => {
  test('reaches every control with the focus always visible and never hidden', async () => {
    const app = await openApp();
    expect(await tabThroughEverything(app.page)).toEqual([]);
    expectClean(app);
  });

  test('the first Tab offers the skip link, which takes focus to the simulation', async () => {
    const app = await openApp();
    await app.page.keyboard.press('Tab');
    expect(await app.page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    expect(await focusProblem(app.page)).toBe('');
    await app.page.keyboard.press('Enter');
    expect(await app.page.evaluate(() => document.activeElement?.id)).toBe('main');
    expectClean(app);
  });

  test('takes a whole lesson, gives a dose, scrubs and exports, announcing the scene', async () => {
    const lesson = LESSONS.find((l) => l.id === 'blockade')!;
    const steps = LESSON_STEPS[lesson.id]!;
    const app = await openApp({ path: `?lesson=${lesson.id}` });
    const { page } = app;
    const problems: string[] = [];
    const live = page.locator('#scene-description');
    expect(await live.getAttribute('aria-live')).toBe('polite');
    const said = new Set([await live.textContent()]);

    // The whole lesson: Next, and on a prediction a choice (Space) and Reveal.
    for (const [i, step] of steps.entries()) {
      if (step.kind === 'predict') {
        await tabTo(page, 'input[name="lesson-guess"]', problems);
        await page.keyboard.press('Space');
        await tabTo(page, '.reveal-button', problems);
        await page.keyboard.press('Enter');
        await page.waitForSelector('.lesson[data-phase="revealed"]');
      }
      if (i === steps.length - 1) break;
      await tabTo(page, '.next-button:not([disabled])', problems);
      await page.keyboard.press('Enter');
      await expect(page.locator('.lesson-meta').textContent()).resolves.toContain(`${i + 2}`);
      said.add(await live.textContent());
    }

    // A dose: Give the dose, then the scenario lists one more.
    const listed = async () =>
      Number(/\((\d+)\)/.exec((await page.locator('summary').allTextContents()).join())?.[1]);
    const before = await listed();
    await tabTo(page, 'button.dp-give', problems);
    await page.keyboard.press('Enter');
    await expect.poll(listed).toBe(before + 1);

    // A scrub: the time slider moves with the arrow keys and the scene's description follows.
    await tabTo(page, '#tl-time', problems);
    const t0 = Number(await page.locator('#tl-time').inputValue());
    for (let i = 0; i < 6; i++) await page.keyboard.press('Shift+ArrowRight');
    await page.waitForTimeout(500);
    expect(Number(await page.locator('#tl-time').inputValue())).toBeGreaterThan(t0);
    said.add(await live.textContent());

    // An export: the timeline as CSV, downloaded.
    const download = page.waitForEvent('download');
    await tabTo(page, 'button', problems, /Timeline CSV/);
    await page.keyboard.press('Enter');
    expect((await download).suggestedFilename()).toMatch(/\.csv$/);

    said.delete(null);
    expect(said.size, 'the live description changed as the journey went on').toBeGreaterThan(1);
    expect(problems).toEqual([]);
    expectClean(app);
  });
});

describe('reduced motion', () => {
  const drift = async (page: Page) => {
    const read = () => page.evaluate(() => window.__receptorScene?.molecules() ?? []);
    const a = await read();
    await page.waitForTimeout(600);
    const b = await read();
    return a.reduce((sum, x, i) => sum + Math.abs(x - (b[i] ?? x)), 0);
  };

  test('with prefers-reduced-motion nothing animates by CSS and the molecules hold still', async () => {
    const moving = await openApp();
    expect(await drift(moving.page), 'molecules drift without the preference').toBeGreaterThan(0);
    const app = await openApp({ reducedMotion: 'reduce' });
    await app.page.waitForTimeout(300);
    const running = await app.page.evaluate(() =>
      document.getAnimations().map((a) => (a as CSSAnimation).animationName ?? a.constructor.name),
    );
    expect(running).toEqual([]);
    expect(await drift(app.page)).toBe(0);
    expectClean(app);
  });
});

/** Controls that overlap another control or clip their own text, after a zoom. */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const controls = [
      ...document.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea, [tabindex="0"]'),
    ].filter((el) => el.offsetParent !== null && !el.closest('.skip-link, .visually-hidden, dialog'));
    const name = (el: HTMLElement) =>
      `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''} "${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 30)}"`;
    const rects = controls.map((el) => el.getBoundingClientRect());
    controls.forEach((el, i) => {
      const r = rects[i]!;
      if (r.width < 1 || r.height < 1) problems.push(`${name(el)} collapsed`);
      if (el.tagName === 'BUTTON' && el.scrollWidth > el.clientWidth + 1)
        problems.push(`${name(el)} clips its text`);
      for (let j = i + 1; j < controls.length; j++) {
        const o = rects[j]!;
        if (el.contains(controls[j]!) || controls[j]!.contains(el)) continue;
        const w = Math.min(r.right, o.right) - Math.max(r.left, o.left);
        const h = Math.min(r.bottom, o.bottom) - Math.max(r.top, o.top);
        if (w > 2 && h > 2) problems.push(`${name(el)} overlaps ${name(controls[j]!)}`);
      }
    });
    // Content may scroll down, never sideways.
    if (document.documentElement.scrollWidth > innerWidth + 1)
      problems.push(`the page is ${document.documentElement.scrollWidth}px wide in a ${innerWidth}px window`);
    return problems;
  });
}

describe.each(['en', 'es'])('text at 200%% (lang=%s)', (lang) => {
  test('doubling the root text size clips, overlaps and hides nothing', async () => {
    const app = await openApp({ path: `?lang=${lang}` });
    await app.page.evaluate(() => {
      const root = document.documentElement;
      root.style.fontSize = `${parseFloat(getComputedStyle(root).fontSize) * 2}px`;
    });
    await app.page.waitForTimeout(300);
    expect(await layoutProblems(app.page)).toEqual([]);
    expect(await tabThroughEverything(app.page)).toEqual([]);
    expectClean(app);
  });

  test('page zoom to 200% (a 640 px wide window at double density) loses nothing', async () => {
    const app = await openApp({
      path: `?lang=${lang}`,
      viewport: { width: 640, height: 360 },
      deviceScaleFactor: 2,
    });
    expect(await layoutProblems(app.page)).toEqual([]);
    expect(await tabThroughEverything(app.page)).toEqual([]);
    expect(await axeCheck(app.page)).toEqual([]);
    expectClean(app);
  });
});
