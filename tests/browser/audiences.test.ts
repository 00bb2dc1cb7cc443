// Each audience's findings (issue 14) that can be seen in the page: the header on one row (in English
// and in Spanish, whose words are longer) with the lesson titles whole and its More list on the screen, the next lesson offered on a lesson's last step, a reveal framed with its
// comparison as a ghost curve, every ligand its own shape, counsellor mode without a single student
// tool, the counsellor's curve built from the dates entered, the phone's fixes and the take-away's
// contents. (The layouts themselves, the type sizes and the cursor panel: layout.test.ts.)
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { LESSON_STEPS } from '../../src/lessons/steps';
import { strings } from '../../src/strings/index';
import { expectClean, openApp, useApp } from './harness';

useApp();

const C = strings.lessons.counsellor;

/** Height of the header (title, audience switch and tools). */
const headerHeight = (page: Page) =>
  page.evaluate(() => document.querySelector('#app-header')!.getBoundingClientRect().height);

describe.each(['en', 'es'])('the header and the lesson picker (lang=%s)', (lang) => {
  for (const [mode, w, h, most] of [
    ['lecture', 1024, 768, 60],
    ['lecture', 1280, 720, 60],
    ['student', 1366, 768, 64],
    ['student', 1024, 768, 64],
    ['student', 390, 844, 844 / 5],
    ['counsellor', 390, 844, 844 / 5],
  ] as const)
    test(`${mode} at ${w}x${h}: the header keeps to ${w < 600 ? 'a fifth of the screen' : 'one row'}, every lesson title whole`, async () => {
      const app = await openApp({ path: `?mode=${mode}&lang=${lang}`, viewport: { width: w, height: h } });
      const { page } = app;
      expect(await headerHeight(page)).toBeLessThanOrEqual(most);
      if (mode !== 'counsellor') {
        // Each title, shown as the chosen one, either fits the picker on one line (in the picker's own
        // font, less room for its arrow) or wraps onto more lines (a customizable select): never cut.
        const cut = await page.evaluate(() => {
          const select = document.querySelector<HTMLSelectElement>('.lesson-picker select')!;
          const ctx = document.createElement('canvas').getContext('2d')!;
          const st = getComputedStyle(select);
          ctx.font = `${st.fontWeight} ${st.fontSize} ${st.fontFamily}`;
          const room = select.clientWidth - parseFloat(st.paddingLeft) - parseFloat(st.paddingRight) - 20;
          const wraps = st.getPropertyValue('appearance') === 'base-select';
          const line = parseFloat(st.lineHeight) || parseFloat(st.fontSize) * 1.45;
          const was = select.value;
          const out: string[] = [];
          for (const o of select.options) {
            select.value = o.value;
            const fits = ctx.measureText(o.text).width <= room;
            if (!fits && !(wraps && select.getBoundingClientRect().height > line * 1.8)) out.push(o.text);
          }
          select.value = was;
          return out;
        });
        expect(cut).toEqual([]);
      }
      // The dialogs and panels are one click away, behind "More".
      await page.locator('.header-more-button').click();
      expect(await page.locator('.header-more-list').isVisible()).toBe(true);
      expect(await page.locator('.header-more-list button').first().isVisible()).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(w);
      // The list itself stays on the screen (absolute, it would not widen the page if it ran off).
      const list = (await page.locator('.header-more-list').boundingBox())!;
      expect(list.x).toBeGreaterThanOrEqual(0);
      expect(list.x + list.width).toBeLessThanOrEqual(w);
      await page.keyboard.press('Escape');
      expect(await page.locator('.header-more-list').isVisible()).toBe(false);
      expectClean(app);
    });
});

test("a lesson's last step offers the next lesson", async () => {
  const last = LESSON_STEPS.endorphins!.length;
  const app = await openApp({ path: `?mode=lecture&lesson=endorphins&step=${last}` });
  const { page } = app;
  const next = page.locator('.next-lesson-button');
  expect(await next.isVisible()).toBe(true);
  expect(await next.innerText()).toMatch(/2\./);
  await next.click();
  expect(await page.locator('.lesson-meta').innerText()).toMatch(/lesson 2\D+step 1\b/i);
  expect(await page.locator('.next-lesson-button').isVisible()).toBe(false);
  expectClean(app);
});

test('a reveal zooms the charts to the answer and draws the comparison as a ghost curve', async () => {
  const app = await openApp({ path: '?mode=lecture&lesson=blockade&step=3' });
  const { page } = app;
  const ticks = () => page.locator('.tl-chart--feel .tl-x-axis .tick text').allTextContents();
  const before = await ticks();
  const ghostPath = () =>
    page.evaluate(() => document.querySelector('.tl-chart--feel .tl-ghost')?.getAttribute('d') ?? '');
  expect(await ghostPath()).toBe('');
  await page.locator('input[name="lesson-guess"]').first().check();
  await page.locator('.reveal-button').click();
  await page.waitForSelector('.lesson[data-phase="revealed"]');
  await page.waitForTimeout(300);
  // The answer is in sight on the stage: the narration panel scrolled to it, not left under the buttons.
  const answer = await page.evaluate(() => {
    const panel = document.querySelector('.side-panel')!.getBoundingClientRect();
    const text = document.querySelector('.reveal-text')!.getBoundingClientRect();
    return { top: text.top >= panel.top - 1, bottom: text.bottom <= panel.bottom + 1, height: text.height };
  });
  expect(answer).toMatchObject({ top: true, bottom: true });
  expect(answer.height).toBeGreaterThan(40);
  const after = await ticks();
  expect(after).not.toEqual(before);
  // Hours of one day (the heroin on day 13 and the three hours after it), not days of weeks.
  expect(after.filter((t) => /day/i.test(t)).length).toBeLessThanOrEqual(1);
  expect(
    after.some((t) => /\d\d:\d\d/.test(t)),
    after.join(' | '),
  ).toBe(true);
  const ghost = await page.evaluate(() => {
    const path = document.querySelector<SVGPathElement>('.tl-chart--feel .tl-ghost')!;
    const plot = document.querySelector('.tl-chart--feel .tl-plot-box svg')!.getBoundingClientRect();
    const r = path.getBoundingClientRect();
    return {
      d: path.getAttribute('d') ?? '',
      key: document.querySelector('.tl-chart--feel .tl-ghost-key')?.textContent ?? '',
      width: r.width / plot.width,
      height: r.height / plot.height,
    };
  });
  expect(ghost.d.length).toBeGreaterThan(20);
  expect(ghost.key).toMatch(/without naltrexone/i);
  // The heroin high without naltrexone is drawn as a curve across the window, not a sliver.
  expect(ghost.width).toBeGreaterThan(0.5);
  expect(ghost.height).toBeGreaterThan(0.15);
  expectClean(app);
});

test('heroin, 6-MAM and morphine each have their own shape in the scene key and the receptor chart', async () => {
  const app = await openApp({ path: '?mode=student&lesson=blockade&step=3' });
  const { page } = app;
  /** Each named swatch's geometry: the markup without its colours. */
  const shapes = (selector: string) =>
    page.evaluate((sel) => {
      const out: Record<string, string> = {};
      for (const item of document.querySelectorAll(sel)) {
        const svg = item.querySelector('svg');
        const name = (item.textContent ?? '').trim();
        if (!svg || !name) continue;
        out[name] = svg.innerHTML.replace(/ (fill|stroke|style|class)="[^"]*"/g, '');
      }
      return out;
    }, selector);
  for (const selector of ['.scene-legend li', '.tl-chart--occupancy .tl-legend li']) {
    const found = await shapes(selector);
    const names = Object.keys(found);
    for (const ligand of ['heroin', '6-MAM', 'morphine'])
      expect(
        names.some((n) => n.includes(ligand)),
        `${selector}: ${names.join(', ')}`,
      ).toBe(true);
    const molecules = names.filter((n) => /heroin|6-MAM|morphine|naltrex|endorphin/.test(n));
    const geometry = molecules.map((n) => found[n]);
    expect(new Set(geometry).size, `${selector}: ${molecules.join(', ')}`).toBe(molecules.length);
  }
  expectClean(app);
});

describe('counsellor mode shows no student tool', () => {
  for (const [w, h] of [
    [1280, 800],
    [390, 844],
  ] as const)
    test(`at ${w}x${h}`, async () => {
      const app = await openApp({
        path: '?mode=counsellor&lesson=blockade&step=3',
        viewport: { width: w, height: h },
      });
      const { page } = app;
      const shown = await page.evaluate(() => {
        const visible = (sel: string) =>
          [...document.querySelectorAll(sel)]
            .filter((e) => e.checkVisibility())
            .map((e) => e.className || e.id);
        return {
          picker: visible('.lesson-picker, .lesson-picker select'),
          doses: visible('#dose-panel, #dose-panel input, #dose-panel select, #dose-panel button'),
          charts: visible('.tl-chart, .tl-readout, #playbar'),
          buttons: [...document.querySelectorAll('button, label, a')]
            .filter((e) => e.checkVisibility())
            .map((e) => (e.textContent ?? '').trim())
            .filter((t) => /json|csv|svg|png|scenario|repeat/i.test(t)),
          text: document.body.innerText,
        };
      });
      expect(shown.picker).toEqual([]);
      expect(shown.doses).toEqual([]);
      expect(shown.charts).toEqual([]);
      expect(shown.buttons).toEqual([]);
      // (Tolerance is a word of the counsellor's too, in "Keep safe": the readout is what must go.)
      for (const words of [/ng\/mL/, /\bJSON\b/, /\bCSV\b/, /Repeat/, /Signal\s+\d/, /Tolerance\s+\d/])
        expect(shown.text).not.toMatch(words);
      // What the counsellor does see: the lock and key, the dates, keep safe, the curve and print.
      for (const sel of [
        '.counsellor-picture svg',
        '#last-use',
        '#opioid-kind',
        '.curves-toggle',
        '.print-button',
      ])
        expect(await page.locator(sel).first().isVisible(), sel).toBe(true);
      expect(await page.locator('button', { hasText: /print/i }).count()).toBe(1);
      expectClean(app);
    });
});

describe("the counsellor's curve", () => {
  const TODAY = new Date('2025-03-10T10:00:00');
  for (const [w, h] of [
    [1280, 800],
    [390, 844],
  ] as const)
    test(`at ${w}x${h} it is built from the dates entered: the shot, the fade, the due date and today`, async () => {
      // A British browser: the dates follow the browser's region ('1 Mar'; an American one reads 'Mar 1').
      const app = await openApp({
        path: '?mode=counsellor',
        viewport: { width: w, height: h },
        locale: 'en-GB',
      });
      const { page } = app;
      await page.clock.setFixedTime(TODAY);
      await page.locator('.curves-toggle').click();
      expect(await page.locator('.patient-curve').innerText()).toContain(C.curve.empty);
      await page.fill('#last-injection', '2025-03-01');
      await page.waitForSelector('.patient-curve[data-done="true"][data-kind="injection"]', {
        timeout: 30_000,
      });
      const curve = await page.evaluate(() => {
        const fig = document.querySelector('.patient-curve')!;
        const x = (sel: string) => {
          const line = fig.querySelector<SVGLineElement>(`${sel} line`)!;
          return line.getBoundingClientRect().left;
        };
        const box = (sel: string) => {
          const r = document.querySelector(sel)!.getBoundingClientRect();
          return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
        };
        return {
          text: (fig as HTMLElement).innerText + fig.querySelector('svg')!.textContent,
          summary: fig.querySelector('svg')!.getAttribute('aria-label') ?? '',
          given: x('.curve-mark--given'),
          fades: x('.curve-mark--fades'),
          due: x('.curve-mark--due'),
          today: x('.curve-today'),
          line: fig.querySelector('.curve-line')!.getAttribute('d') ?? '',
          curve: box('.patient-curve .curve-svg'),
          picture: box('.counsellor-picture'),
          width: document.documentElement.scrollWidth,
        };
      });
      expect(curve.line.length).toBeGreaterThan(50);
      for (const words of [C.curve.axis, C.curve.shot, C.curve.fades, C.curve.due, C.curve.today])
        expect(curve.text).toContain(words);
      // Said in words too, from the dates entered: the shot on 1 March, due on 29 March.
      expect(curve.summary).toMatch(/\b1 Mar/);
      expect(curve.summary).toMatch(/\b29 Mar/);
      // Today (day 9) lies after the shot (day 0) and before the fade (day 21) and the due date (28).
      expect(curve.given).toBeLessThan(curve.today);
      expect(curve.today).toBeLessThan(curve.fades);
      expect(curve.fades).toBeLessThan(curve.due);
      if (w > 900) {
        // Beside the lock-and-key picture, not a screen further down.
        expect(curve.curve.top).toBeLessThan(curve.picture.bottom);
        expect(curve.curve.left).toBeGreaterThanOrEqual(curve.picture.right - 1);
      }
      expect(curve.width).toBeLessThanOrEqual(w);
      // A later tablet makes it the tablets' curve.
      await page.fill('#last-tablet', '2025-03-09');
      await page.waitForSelector('.patient-curve[data-done="true"][data-kind="tablet"]', { timeout: 30_000 });
      expect(await page.locator('.patient-curve').innerText()).toContain(C.curve.gone);
      expectClean(app);
    });
});

describe('on a phone (390 px)', () => {
  test('"No drug in the blood" overprints no axis label, and the JSON buttons come after the picture', async () => {
    const app = await openApp({
      path: '?mode=student&lesson=endorphins',
      viewport: { width: 390, height: 844 },
    });
    const { page } = app;
    await page.locator('.tl-switch-button', { hasText: 'Drug levels' }).click();
    await page.waitForFunction(() => !!document.querySelector('.tl-chart--plasma .tl-empty')?.textContent);
    const r = await page.evaluate(() => {
      const box = (e: Element) => e.getBoundingClientRect();
      const empty = document.querySelector('.tl-chart--plasma .tl-empty')!;
      const e = box(empty);
      const hits = [
        ...document.querySelectorAll('.tl-chart--plasma .tick text, .tl-chart--plasma .tl-axis-name'),
      ]
        .map((t) => ({ t: t.textContent, b: box(t) }))
        .filter(
          ({ b }) =>
            b.width > 0 && b.left < e.right && b.right > e.left && b.top < e.bottom && b.bottom > e.top,
        )
        .map(({ t }) => t);
      const canvas = box(document.querySelector('.scene-stage')!);
      const json = [...document.querySelectorAll('button, label')]
        .filter((b) => /JSON/.test(b.textContent ?? '') && b.checkVisibility())
        .map((b) => box(b).top);
      return { text: empty.textContent, width: e.width, hits, pictureBottom: canvas.bottom, json };
    });
    expect(r.text).toMatch(/No drug in the blood/);
    expect(r.width).toBeGreaterThan(0);
    expect(r.hits).toEqual([]);
    expect(r.json.length).toBeGreaterThan(0);
    for (const top of r.json) expect(top).toBeGreaterThan(r.pictureBottom);
    expectClean(app);
  });

  test('the counsellor\'s "Which kind" list and its choices are whole', async () => {
    const app = await openApp({ path: '?mode=counsellor', viewport: { width: 390, height: 844 } });
    const { page } = app;
    const r = await page.evaluate(() => {
      const select = document.querySelector<HTMLSelectElement>('#opioid-kind')!;
      const label = document.querySelector(`label[for="opioid-kind"]`) ?? select.closest('label');
      const b = select.getBoundingClientRect();
      return {
        inside: b.left >= 0 && b.right <= innerWidth,
        label: label
          ? label.scrollWidth <= label.clientWidth + 1 && label.getBoundingClientRect().right <= innerWidth
          : true,
        wide: document.documentElement.scrollWidth,
      };
    });
    expect(r).toEqual({ inside: true, label: true, wide: 390 });
    for (const kind of ['short', 'fentanyl', 'methadone']) await page.selectOption('#opioid-kind', kind);
    expectClean(app);
  });
});

test('the take-away: lines for the name and the phone, the lock and key, the kind the start date assumes', async () => {
  const app = await openApp({ path: '?mode=counsellor', viewport: { width: 794, height: 1123 } });
  const { page } = app;
  await page.clock.setFixedTime(new Date('2025-03-10T10:00:00'));
  await page.fill('#last-use', '2025-03-08');
  await page.selectOption('#opioid-kind', 'methadone');
  await page.emulateMedia({ media: 'print' });
  const sheet = page.locator('#takeaway');
  const text = await sheet.innerText();
  const t = strings.lessons.takeaway;
  expect(text).toContain(t.nameLine);
  expect(text).toContain(t.phoneLine);
  expect(text).toMatch(
    new RegExp(`${t.kindLine.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*${C.kinds.methadone}`),
  );
  // Room to write by hand: each blank at least 30 mm wide.
  const blanks = await sheet
    .locator('.takeaway-blank .blank')
    .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width));
  expect(blanks).toHaveLength(2);
  for (const w of blanks) expect(w).toBeGreaterThan(110);
  expect(await sheet.locator('.takeaway-picture svg').count()).toBeGreaterThanOrEqual(3);
  expect(await sheet.locator('.takeaway-picture svg').first().isVisible()).toBe(true);
  // Larger type than a leaflet's 9 pt: the body at least 11 pt (14.67 px), the dates larger still.
  const sizes = await page.evaluate(() => ({
    body: parseFloat(getComputedStyle(document.querySelector('#takeaway li')!).fontSize),
    dates: parseFloat(getComputedStyle(document.querySelector('#takeaway .takeaway-date')!).fontSize),
  }));
  expect(sizes.body).toBeGreaterThanOrEqual(14.6);
  expect(sizes.dates).toBeGreaterThan(sizes.body);
  expectClean(app);
});

test('the breathing chart says what it plots: breathing lost, its axis named', async () => {
  const app = await openApp({ path: '?mode=student&lesson=blockade&step=3' });
  const { page } = app;
  expect(await page.locator('.tl-chart--breathing h3').innerText()).toMatch(/^Breathing lost/);
  const axis = await page.locator('.tl-chart--breathing .tl-axis-name').allTextContents();
  expect(axis.join(' ')).toMatch(/drive lost/);
  expectClean(app);
});

test('dragging along a chart keeps the page where it is', async () => {
  const app = await openApp({
    path: '?mode=student&lesson=blockade&step=3',
    viewport: { width: 1366, height: 768 },
  });
  const { page } = app;
  await page.evaluate(() => scrollTo(0, 150));
  await page.waitForTimeout(200);
  const where = () =>
    page.evaluate(() => ({
      y: scrollY,
      picture: Math.round(document.querySelector('.scene-stage')!.getBoundingClientRect().bottom),
    }));
  const before = await where();
  const box = (await page.locator('.tl-chart--feel .tl-plot-box svg').boundingBox())!;
  const y = box.y + box.height * 0.4;
  await page.mouse.move(box.x + box.width * 0.15, y);
  await page.mouse.down();
  for (let i = 1; i <= 25; i++) {
    await page.mouse.move(box.x + box.width * (0.15 + (0.8 * i) / 25), y);
    await page.waitForTimeout(30);
  }
  await page.mouse.up();
  // The page and the picture stay where they were, the picture still in sight.
  expect(before.y).toBeGreaterThan(100);
  expect(before.picture).toBeGreaterThan(50);
  expect(await where()).toEqual(before);
  expectClean(app);
});
