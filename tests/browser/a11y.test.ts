// Accessibility in a real browser: axe finds no WCAG 2.2 AA violation in any audience mode or
// lesson step; the keyboard alone reaches everything with the focus always visible; reduced motion
// is honoured; text at 200% loses nothing.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { LESSONS } from '../../sim/index';
import { axeCheck, expectClean, openApp, useApp } from './harness';

const MODES = ['student', 'lecture', 'counsellor'] as const;

useApp();

/** What is wrong with the focus indicator of the focused element ('' when it is fine). */
async function focusProblem(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return 'focus fell back to the page';
    const name = `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
    const style = getComputedStyle(el);
    const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const ringed = style.boxShadow !== 'none';
    if (!outlined && !ringed) return `${name} has no visible focus indicator`;
    const r = el.getBoundingClientRect();
    if (r.width < 1 || r.height < 1) return `${name} is focused but has no size`;
    // Not entirely hidden by other content (WCAG 2.4.11): some point of it is on top.
    const points = [
      [r.left + r.width / 2, r.top + r.height / 2],
      [r.left + 2, r.top + 2],
      [r.right - 2, r.bottom - 2],
    ];
    const seen = points.some(([x, y]) => {
      const hit = document.elementFromPoint(x!, y!);
      return !!hit && (el.contains(hit) || hit.contains(el));
    });
    return seen ? '' : `${name} is hidden behind other content`;
  });
}

/** Tabs through every stop once (until focus returns to the first), checking each on the way. */
async function tabThroughEverything(page: Page, limit = 200): Promise<string[]> {
  const problems: string[] = [];
  const visited: string[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const key = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return 'body';
      const path: string[] = [];
      for (let n: Element | null = el; n && n !== document.body; n = n.parentElement)
        path.unshift(`${n.tagName}:${[...(n.parentElement?.children ?? [])].indexOf(n)}`);
      return path.join('/');
    });
    if (key === 'body' && i > 0) break;
    if (visited.includes(key)) break;
    visited.push(key);
    const problem = await focusProblem(page);
    if (problem) problems.push(problem);
  }
  return problems;
}

describe('axe finds no WCAG 2.2 AA violation', () => {
  for (const mode of MODES) {
    test(`in ${mode} mode`, async () => {
      const app = await openApp({ path: `?mode=${mode}` });
      expect(await axeCheck(app.page)).toEqual([]);
      expectClean(app);
    });
  }

  test('in every lesson', async () => {
    const app = await openApp();
    const found: Record<string, string[]> = {};
    for (const lesson of LESSONS) {
      await app.page.goto(new URL(`?lesson=${lesson.id}`, app.page.url()).href);
      await app.page.waitForSelector('body[data-ready="true"]');
      const violations = await axeCheck(app.page);
      if (violations.length) found[lesson.id] = violations;
    }
    expect(found).toEqual({});
    expectClean(app);
  });
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
});

describe('reduced motion', () => {
  test('with prefers-reduced-motion nothing animates by CSS', async () => {
    const app = await openApp({ reducedMotion: 'reduce' });
    await app.page.waitForTimeout(300);
    const running = await app.page.evaluate(() =>
      document.getAnimations().map((a) => (a as CSSAnimation).animationName ?? a.constructor.name),
    );
    expect(running).toEqual([]);
    expectClean(app);
  });
});

/** Controls that overlap another control or clip their own text, after a zoom. */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const controls = [
      ...document.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea, [tabindex="0"]'),
    ].filter((el) => el.offsetParent !== null && !el.closest('.skip-link, .visually-hidden'));
    const name = (el: HTMLElement) =>
      `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''} "${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 30)}"`;
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
    // Content may scroll down, never sideways off a 1280 px screen.
    if (document.documentElement.scrollWidth > innerWidth + 1)
      problems.push(`the page is ${document.documentElement.scrollWidth}px wide in a ${innerWidth}px window`);
    return problems;
  });
}

describe('text at 200%', () => {
  test('doubling the root text size clips, overlaps and hides nothing', async () => {
    const app = await openApp();
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
    const app = await openApp({ viewport: { width: 640, height: 360 }, deviceScaleFactor: 2 });
    expect(await layoutProblems(app.page)).toEqual([]);
    expect(await tabThroughEverything(app.page)).toEqual([]);
    expect(await axeCheck(app.page)).toEqual([]);
    expectClean(app);
  });
});
