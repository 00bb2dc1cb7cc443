// Each audience's screen (issue 14): the synapse, the "How it feels" chart and the play button on the
// first screen of a projector (lecture, 1280x720 and 1024x768) and a laptop (student, 1366x768 and
// 1280x800), with the page at scroll 0; the lecture hall's type sizes; the other charts one key or
// click away; full screen keeping the arrangement; a phone's order with nothing sideways; the cursor
// panel whole at every COWS band; axe with no violation at 200% text and in the projector palette.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeCheck, expectClean, openApp, useApp } from './harness';

useApp();

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
  width: number;
  height: number;
}

/** The canvas, the feel chart's SVG and the play button, with the scroll and the viewport. */
async function firstScreen(page: Page) {
  return page.evaluate(() => {
    const box = (el: Element | null): Box | null => {
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: r.width, height: r.height };
    };
    const play = [...document.querySelectorAll('button')].find(
      (b) => /^play\b/i.test(b.getAttribute('aria-label') ?? '') && b.getClientRects().length,
    );
    return {
      scrollY,
      w: innerWidth,
      h: innerHeight,
      canvas: box(document.querySelector('.scene-stage canvas')),
      feel: box(document.querySelector('.tl-chart--feel .tl-plot-box svg')),
      feelTitle: box(document.querySelector('.tl-chart--feel h3')),
      play: box(play ?? null),
    };
  });
}

const inside = (b: Box | null, w: number, h: number) =>
  !!b && b.width > 0 && b.height > 0 && b.top >= 0 && b.left >= 0 && b.bottom <= h + 1 && b.right <= w + 1;

describe('the molecule and the feeling on one screen', () => {
  const cases = [
    ['lecture', 1280, 720],
    ['lecture', 1024, 768],
    ['student', 1366, 768],
    ['student', 1280, 800],
  ] as const;
  for (const [mode, w, h] of cases)
    test(`${mode} at ${w}x${h}: the canvas, the feel chart and play lie inside the viewport at scroll 0`, async () => {
      const app = await openApp({ path: `?mode=${mode}`, viewport: { width: w, height: h } });
      const s = await firstScreen(app.page);
      expect(s.scrollY).toBe(0);
      expect(inside(s.canvas, w, h), `canvas ${JSON.stringify(s.canvas)}`).toBe(true);
      expect(inside(s.feel, w, h), `feel chart ${JSON.stringify(s.feel)}`).toBe(true);
      expect(inside(s.feelTitle, w, h)).toBe(true);
      expect(inside(s.play, w, h), `play ${JSON.stringify(s.play)}`).toBe(true);
      // Something to see: the picture and the chart are not slivers.
      expect(s.canvas!.height).toBeGreaterThan(150);
      expect(s.feel!.height).toBeGreaterThan(110);
      expectClean(app);
    });
});

test('a key of many molecules on two rows shortens the picture, and the feel chart stays on the first screen', async () => {
  for (const [w, h] of [
    [1366, 768],
    [1280, 800],
  ] as const) {
    const app = await openApp({
      path: '?mode=student&lesson=blockade&step=3',
      viewport: { width: w, height: h },
    });
    const s = await firstScreen(app.page);
    const rows = await app.page.evaluate(() => {
      const items = [...document.querySelectorAll('.scene-legend li')];
      return new Set(items.map((li) => Math.round(li.getBoundingClientRect().top))).size;
    });
    expect(rows).toBeGreaterThanOrEqual(2);
    expect(inside(s.canvas, w, h) && inside(s.feel, w, h) && inside(s.play, w, h), JSON.stringify(s)).toBe(
      true,
    );
    expect(s.canvas!.height).toBeGreaterThan(150);
    expectClean(app);
  }
});

test('event flags stacked on the dose track shorten the picture too: every step of lesson 6 keeps the feel chart on a laptop screen', async () => {
  const [w, h] = [1366, 768];
  for (let step = 1; step <= 5; step++) {
    const app = await openApp({
      path: `?mode=student&lesson=overcome&step=${step}`,
      viewport: { width: w, height: h },
    });
    const s = await firstScreen(app.page);
    expect(
      inside(s.canvas, w, h) && inside(s.feel, w, h) && inside(s.play, w, h),
      `step ${step}: ${JSON.stringify(s)}`,
    ).toBe(true);
    expect(s.canvas!.height).toBeGreaterThan(150);
    expectClean(app);
  }
});

test("on a tablet or small laptop (1024x768) a key on three or more rows never pushes the scene's sentence over the play bar", async () => {
  for (const lesson of ['too-early', 'overcome']) {
    const app = await openApp({
      path: `?mode=student&lesson=${lesson}`,
      viewport: { width: 1024, height: 768 },
    });
    const r = await app.page.evaluate(() => {
      const box = (sel: string) => document.querySelector(sel)!.getBoundingClientRect();
      const rows = new Set(
        [...document.querySelectorAll('.scene-legend li')].map((li) =>
          Math.round(li.getBoundingClientRect().top),
        ),
      ).size;
      return {
        rows,
        // The sentence's text, not its box (which keeps room for a second line).
        words: (() => {
          const range = document.createRange();
          range.selectNodeContents(document.querySelector('.scene-description')!);
          return range.getBoundingClientRect().bottom;
        })(),
        panel: box('.scene-panel').bottom,
        bar: box('.playbar, #playbar').top,
        canvas: box('.scene-stage canvas').height,
      };
    });
    expect(r.rows, lesson).toBeGreaterThanOrEqual(3);
    expect(r.words, `${lesson}: ${JSON.stringify(r)}`).toBeLessThanOrEqual(r.panel);
    expect(r.panel, `${lesson}: ${JSON.stringify(r)}`).toBeLessThanOrEqual(r.bar);
    expect(r.canvas, lesson).toBeGreaterThanOrEqual(170);
    expectClean(app);
  }
});

describe('the lecture hall', () => {
  test('at 1280x720 the narration is at least 24 px and every chart label at least 16 px', async () => {
    const app = await openApp({
      path: '?mode=lecture&lesson=blockade&step=3',
      viewport: { width: 1280, height: 720 },
    });
    const sizes = await app.page.evaluate(() => ({
      narration: parseFloat(getComputedStyle(document.querySelector('.lesson-text')!).fontSize),
      labels: [...document.querySelectorAll('.tl-chart--feel svg text')]
        .filter(
          (t) => (t as SVGGraphicsElement).getBBox().width > 0 && getComputedStyle(t).visibility !== 'hidden',
        )
        .map((t) => [t.textContent, parseFloat(getComputedStyle(t).fontSize)] as const),
    }));
    expect(sizes.narration).toBeGreaterThanOrEqual(24);
    expect(sizes.labels.length).toBeGreaterThan(8);
    for (const [text, px] of sizes.labels) expect(px, `"${text}"`).toBeGreaterThanOrEqual(16);
    expectClean(app);
  });

  test('the other charts are one key or one click away, never a scroll', async () => {
    const app = await openApp({ path: '?mode=lecture', viewport: { width: 1280, height: 720 } });
    const { page } = app;
    const shown = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('.tl-chart')]
          .filter((c) => c.checkVisibility())
          .map((c) => (c as HTMLElement).dataset.chart),
      );
    expect(await shown()).toEqual(['feel']);
    await page.keyboard.press('g');
    expect(await shown()).toEqual(['occupancy']);
    await page.locator('.tl-switch-button', { hasText: 'Breathing lost' }).click();
    expect(await shown()).toEqual(['breathing']);
    const box = await page.locator('.tl-chart--breathing .tl-plot-box svg').boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(720);
    expect(await page.evaluate(() => scrollY)).toBe(0);
    await page.locator('.tl-switch-button', { hasText: 'How it feels' }).click();
    expect(await shown()).toEqual(['feel']);
    expectClean(app);
  });

  test('full screen (1920x1080) keeps the arrangement and scales it up', async () => {
    const small = await openApp({ path: '?mode=lecture', viewport: { width: 1280, height: 720 } });
    const large = await openApp({ path: '?mode=lecture', viewport: { width: 1920, height: 1080 } });
    const a = await firstScreen(small.page);
    const b = await firstScreen(large.page);
    for (const s of [a, b]) {
      expect(inside(s.canvas, s.w, s.h) && inside(s.feel, s.w, s.h) && inside(s.play, s.w, s.h)).toBe(true);
      expect(s.scrollY).toBe(0);
    }
    // The same places, in proportion: each part within a few per cent of where it was.
    for (const k of ['canvas', 'feel', 'play'] as const) {
      expect(Math.abs(b[k]!.top / 1080 - a[k]!.top / 720), k).toBeLessThan(0.05);
      expect(Math.abs(b[k]!.left / 1920 - a[k]!.left / 1280), k).toBeLessThan(0.05);
    }
    const text = (p: Page) =>
      p.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.lesson-text')!).fontSize));
    expect(await text(large.page)).toBeGreaterThan((await text(small.page)) * 1.3);
    expectClean(small);
    expectClean(large);
  });
});

test('a phone shows the scene, then the feel chart, then the play bar, and never scrolls sideways', async () => {
  const app = await openApp({ viewport: { width: 390, height: 844 } });
  const order = await app.page.evaluate(() => {
    const top = (s: string) => document.querySelector(s)!.getBoundingClientRect().top + scrollY;
    return {
      scene: top('.scene-stage'),
      feel: top('.tl-chart--feel .tl-plot-box'),
      play: top('#playbar'),
      lesson: top('#narration'),
      wide: document.documentElement.scrollWidth,
    };
  });
  expect(order.scene).toBeLessThan(order.feel);
  expect(order.feel).toBeLessThan(order.play);
  expect(order.play).toBeLessThan(order.lesson);
  expect(order.wide).toBeLessThanOrEqual(390);
  expectClean(app);
});

describe('the cursor panel stays whole at every COWS band', () => {
  const DAY = 24;
  /** A heavy habit, then naloxone and naltrexone: withdrawal climbs through every band to 48. */
  const precipitated = {
    title: 'Every COWS band',
    from_h: -30 * DAY,
    output_from_h: -1,
    to_h: 2 * DAY,
    step_min: 5,
    doses: [
      { drug: 'heroin', route: 'iv', mg: 100, at_h: -30 * DAY, every_h: 8, until_h: -12 },
      { drug: 'naloxone', route: 'iv', mg: 2, at_h: 0 },
      { drug: 'naltrexone', route: 'oral', mg: 100, at_h: 0 },
    ],
  };
  /** A time at which withdrawal is in each band (none, mild, moderate, moderately severe, severe). */
  const bandTimes = (page: Page) =>
    page.evaluate(() => {
      const tl = window.__receptorScene!.store.get().timeline;
      const bands = [0, 5, 13, 25, 37];
      return bands.map((lo, i) => {
        const hi = bands[i + 1] ?? Infinity;
        const k = tl.withdrawal_cows.findIndex((v) => v >= lo && v < hi);
        return k < 0 ? null : tl.t_h[k]!;
      });
    });
  for (const [mode, w, h] of [
    ['student', 1280, 800],
    ['student', 1366, 768],
    ['student', 1920, 1080],
    ['lecture', 1280, 720],
  ] as const)
    test(`${mode} at ${w} px`, async () => {
      const app = await openApp({ path: `?mode=${mode}&lesson=sandbox`, viewport: { width: w, height: h } });
      const { page } = app;
      await page.evaluate((s) => window.__receptorScene!.store.setScenario(s as never), precipitated);
      const times = await bandTimes(page);
      expect(times.every((t) => t !== null)).toBe(true);
      for (const t of times) {
        await page.evaluate((t) => window.__receptorScene!.store.setTime(t!), t);
        await page.waitForTimeout(120);
        const r = await page.evaluate(() => {
          const panel = document.querySelector<HTMLElement>('.tl-readout')!;
          const line = parseFloat(getComputedStyle(panel).lineHeight) || 22;
          return {
            height: panel.getBoundingClientRect().height,
            withdrawal: document.querySelector('[data-key="withdrawal"]')!.textContent,
            labels: [...panel.querySelectorAll('dt')]
              .filter((d) => d.getClientRects().length)
              .map((d) => ({
                text: d.textContent,
                h: d.getBoundingClientRect().height,
                fits: d.scrollWidth <= d.clientWidth + 1,
                line,
              })),
          };
        });
        expect(r.height, r.withdrawal!).toBeLessThan(700);
        for (const l of r.labels) {
          expect(l.fits, `${l.text} at ${r.withdrawal}`).toBe(true);
          // One line each: a label squeezed to a letter a line is many lines tall.
          expect(l.h, `${l.text} at ${r.withdrawal}`).toBeLessThan(l.line * 1.6);
        }
      }
      expectClean(app);
    });
});

describe('axe finds no violation at 200% text and in the projector palette', () => {
  for (const mode of ['student', 'lecture', 'counsellor'] as const)
    test(`${mode} mode`, async () => {
      const app = await openApp({ path: `?mode=${mode}` });
      const { page } = app;
      const found: Record<string, string[]> = {};
      await page.evaluate(() => {
        const root = document.documentElement;
        root.style.fontSize = `${parseFloat(getComputedStyle(root).fontSize) * 2}px`;
      });
      await page.waitForTimeout(300);
      const big = await axeCheck(page);
      if (big.length) found['200% text'] = big;
      await page.evaluate(() => (document.documentElement.style.fontSize = ''));
      if (mode !== 'lecture') {
        // The projector palette outside the lecture hall (a remembered preference; lecture always has it).
        await page.evaluate(() => localStorage.setItem('naltrexone-sim.projector', 'true'));
        await page.reload();
        await page.waitForSelector('body[data-ready="true"]');
        expect(await page.evaluate(() => document.body.dataset.theme)).toBe('projector');
      }
      const projector = await axeCheck(page);
      if (projector.length) found.projector = projector;
      expect(found).toEqual({});
      expectClean(app);
    });
});
