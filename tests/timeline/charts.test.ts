// @vitest-environment jsdom
// The charts drawn for known data: their scales, and the paths they draw, coordinate by coordinate.
import { beforeEach, describe, expect, test } from 'vitest';
import { createBreathingChart, keepOnChart } from '../../src/timeline/breathing-chart';
import { createCursorOverlay, cursorOffset } from '../../src/timeline/cursor-overlay';
import { MARGIN, type ChartView } from '../../src/timeline/chart-frame';
import { createFeelChart, feelScales } from '../../src/timeline/feel-chart';
import { createOccupancyChart, stackKey } from '../../src/timeline/occupancy-chart';
import { LIGAND_STYLE } from '../../src/theme';
import { shapePath } from '../../src/core/shapes';
import { createPlasmaChart, formatDecade } from '../../src/timeline/plasma-chart';
import { SEGMENT_PX } from '../../src/timeline/segments';
import { tinyTimeline } from './fixtures';
import { changedFrom, simulate, type Scenario } from '../../sim/index';

/** A view over 0-2 h whose plot is exactly 200 px wide: 100 px per hour. */
const view: ChartView = {
  h0: 0,
  h1: 2,
  width: MARGIN.left + 200 + MARGIN.right,
  ticks: [0, 1, 2],
  step: 1,
  events: tinyTimeline().events,
  from: 0,
};

let host: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = '<div id="host"></div>';
  host = document.getElementById('host')!;
});

/** The numbers in a path, in pairs. */
const points = (d: string | null) =>
  ((d ?? '').match(/-?\d+(\.\d+)?(e-?\d+)?/g) ?? []).map(Number).reduce<number[][]>((acc, n, i) => {
    if (i % 2 === 0) acc.push([n]);
    else acc.at(-1)!.push(n);
    return acc;
  }, []);

/**
 * The line a series draws: its pieces (segments.ts) joined, without the cut points at the piece
 * boundaries where they lie on the line. For an area, its top edge (each piece without its base).
 */
const drawn = (selector: string, area = false) => {
  const pts: number[][] = [];
  for (const path of host.querySelectorAll(`${selector} path`)) {
    const piece = points(path.getAttribute('d'));
    for (const p of area ? piece.slice(1, -1) : piece) {
      const last = pts.at(-1);
      if (!last || last[0] !== p[0] || last[1] !== p[1]) pts.push(p);
    }
  }
  return pts.filter((p, i) => {
    const [a, b] = [pts[i - 1], pts[i + 1]];
    if (p[0]! % SEGMENT_PX !== 0 || !a || !b) return true;
    return Math.abs(a[1]! + ((b[1]! - a[1]!) * (p[0]! - a[0]!)) / (b[0]! - a[0]!) - p[1]!) > 0.15;
  });
};

describe('how it feels', () => {
  test('euphoria rises from the baseline to the top, COWS falls from it to the bottom', () => {
    const { up, down, base } = feelScales(200);
    expect(base).toBe(100);
    expect(up(0)).toBe(100);
    expect(up(100)).toBe(0);
    expect(down(0)).toBe(100);
    expect(down(48)).toBe(200);
  });

  test('the euphoria and withdrawal lines pass through the known points', () => {
    const chart = createFeelChart(host);
    chart.update(tinyTimeline(), view);
    const { up, down } = feelScales(chart.frame.inner);
    const eu = drawn('.tl-euphoria');
    expect(eu).toEqual([
      [0, up(0)],
      [100, up(50)],
      [200, up(100)],
    ]);
    const wd = drawn('.tl-withdrawal');
    expect(wd.map((p) => p[1])).toEqual([down(0), down(24), down(48)]);
  });

  test('the five COWS bands are drawn and four are labelled', () => {
    createFeelChart(host).update(tinyTimeline(), view);
    expect(host.querySelectorAll('rect.tl-band')).toHaveLength(5);
    expect([...host.querySelectorAll('.tl-band-label')].map((t) => t.textContent)).toEqual([
      'mild',
      'moderate',
      'moderately severe',
      'severe',
    ]);
  });

  test('the time axis and the event marker share the x scale', () => {
    const chart = createFeelChart(host);
    chart.update(tinyTimeline(), view);
    expect(chart.frame.x(1)).toBe(100);
    expect(host.querySelector('.tl-event--overdose_risk')!.getAttribute('x1')).toBe('100');
    expect([...host.querySelectorAll('.tl-x-axis .tick text')].map((t) => t.textContent)).toEqual([
      'day 0',
      '01:00',
      '02:00',
    ]);
  });
});

describe('cursor overlay', () => {
  test('the cursor sits at the hour’s offset from the plot’s left edge, and hides outside the window', () => {
    const overlay = createCursorOverlay(host);
    overlay.layout(0, 2, 200);
    overlay.setCursor(1.5);
    const line = host.querySelector<HTMLElement>('.tl-cursor-line')!;
    expect(line.hidden).toBe(false);
    expect(line.style.left).toBe(`${MARGIN.left}px`);
    expect(line.style.transform).toBe('translateX(150.0px)');
    overlay.layout(0, 1, 200);
    expect(line.hidden).toBe(true);
    expect(cursorOffset(0.25, 0, 1, 200)).toBe(50);
    expect(cursorOffset(2, 0, 1, 200)).toBeNull();
  });

  test('the hover line shows only while hovering', () => {
    const overlay = createCursorOverlay(host);
    overlay.layout(0, 2, 200);
    const hover = host.querySelector<HTMLElement>('.tl-hover-line')!;
    expect(hover.hidden).toBe(true);
    overlay.setHover(0.5);
    expect(hover.hidden).toBe(false);
    expect(hover.style.transform).toBe('translateX(50.0px)');
    overlay.setHover(null);
    expect(hover.hidden).toBe(true);
  });
});

describe('receptors', () => {
  test('occupancy stacks endorphin, agonist, antagonist, then free, up to 100%', () => {
    const chart = createOccupancyChart(host);
    chart.update(tinyTimeline(), view);
    // Painted top layer first, each from the axis up to its cumulative share.
    const layers = [...host.querySelectorAll('g.tl-layer')].map((p) => p.getAttribute('class'));
    expect(layers).toEqual([
      'tl-layer tl-layer--free',
      'tl-layer tl-layer--naltrexone',
      'tl-layer tl-layer--heroin',
      'tl-layer tl-layer--endorphin',
    ]);
    const inner = chart.frame.inner;
    const y = (share: number) => +(inner * (1 - share)).toFixed(1);
    // The free layer's top edge is the top of the chart at every sample (the shares sum to 1).
    expect(drawn('.tl-layer--free', true)).toEqual([
      [0, 0],
      [100, 0],
      [200, 0],
    ]);
    // Each piece is closed down to the axis.
    const first = points(host.querySelector('.tl-layer--free path')!.getAttribute('d'));
    expect(first[0]).toEqual([0, inner]);
    expect(first.at(-1)).toEqual([SEGMENT_PX, inner]);
    // Heroin's top: endorphin + heroin = 0.1, 0.5, 0.1.
    expect(drawn('.tl-layer--heroin', true)).toEqual([
      [0, y(0.1)],
      [100, y(0.5)],
      [200, y(0.1)],
    ]);
  });

  test('the legend lists every ligand present, free receptors first', () => {
    createOccupancyChart(host).update(tinyTimeline(), view);
    expect([...host.querySelectorAll('.tl-legend li')].map((li) => li.textContent)).toEqual([
      'free receptors',
      'naltrexone',
      'heroin',
      'endorphin',
    ]);
  });

  test('the export key lists the stack top layer first, with each ligand its own shape and colour', () => {
    const key = stackKey('naltrexone,heroin,free');
    expect(key.map((k) => k.label)).toEqual(['free receptors', 'heroin', 'naltrexone']);
    expect(key[1]!.fill).toBe(LIGAND_STYLE.heroin.css);
    expect(key[1]!.shape).toBe(shapePath(LIGAND_STYLE.heroin.shape, 6));
    expect(new Set(key.map((k) => k.shape)).size).toBe(3);
    expect(stackKey('')).toEqual([]);
  });
});

describe('drug levels', () => {
  test('a log scale from 0.01 ng/mL to the decade above the highest level', () => {
    const chart = createPlasmaChart(host);
    chart.update(tinyTimeline(), view);
    const ticks = [...host.querySelectorAll('.tl-y-axis .tl-tick')].map((t) => t.textContent);
    expect(ticks).toEqual(['0.01', '0.1', '1', '10', '100', '1k']);
    const inner = chart.frame.inner;
    // naltrexone 0.1, 1, 10 over five decades: 1/5, 2/5, 3/5 of the way up.
    const ntx = drawn('.tl-plasma--naltrexone');
    ntx.forEach(([, y], i) => expect(y).toBeCloseTo(inner * (1 - (i + 1) / 5), 6));
  });

  test('levels below the floor break the line instead of drawing along it', () => {
    createPlasmaChart(host).update(tinyTimeline(), view);
    const pieces = [...host.querySelectorAll('.tl-plasma--heroin path')].map((p) => p.getAttribute('d'));
    expect(pieces.filter(Boolean)[0]!.startsWith('M100,')).toBe(true);
  });

  test('unticking a molecule hides its line and rescales to what is left', () => {
    const chart = createPlasmaChart(host);
    chart.update(tinyTimeline(), view);
    const box = host.querySelector<HTMLInputElement>('input[value="heroin"]')!;
    expect(box.labels![0]!.textContent).toBe('heroin');
    box.checked = false;
    box.dispatchEvent(new Event('change'));
    expect(host.querySelector('.tl-plasma--heroin')).toBeNull();
    expect(chart.hidden.has('heroin')).toBe(true);
    expect(host.querySelectorAll('.tl-y-axis .tl-tick')).toHaveLength(4);
  });

  test('decades read as short numbers', () => {
    expect([0.01, 0.1, 1, 10, 1000, 100000].map(formatDecade)).toEqual([
      '0.01',
      '0.1',
      '1',
      '10',
      '1k',
      '100k',
    ]);
  });
});

describe('breathing', () => {
  test('the danger zone covers half to all of the drive lost, and the line follows the data', () => {
    const chart = createBreathingChart(host);
    chart.update(tinyTimeline(), view);
    const inner = chart.frame.inner;
    const zone = host.querySelector('rect.tl-danger')!;
    expect(Number(zone.getAttribute('y'))).toBe(0);
    expect(Number(zone.getAttribute('height'))).toBe(inner / 2);
    expect(zone.getAttribute('width')).toBe('200');
    expect(drawn('.tl-breathing')).toEqual([
      [0, inner],
      [100, inner / 2],
      [200, 0],
    ]);
  });
});

describe('redrawing after an edit', () => {
  const DAY = 24;
  const base: Scenario = {
    to_h: 12 * DAY,
    step_min: 5,
    doses: [
      { drug: 'heroin', route: 'iv', mg: 25, at_h: 8, every_h: 12, until_h: 4 * DAY },
      { drug: 'naltrexone', route: 'oral', mg: 50, at_h: 6 * DAY, every_h: DAY, until_h: 9 * DAY },
    ],
  };
  // A dose late in the timeline: the engine resumes there, and the charts redraw from there.
  const edited: Scenario = {
    ...base,
    doses: [...base.doses, { drug: 'heroin', route: 'iv', mg: 50, at_h: 10 * DAY }],
  };
  const wide: ChartView = {
    h0: 0,
    h1: 12 * DAY,
    width: MARGIN.left + 640 + MARGIN.right,
    ticks: [],
    step: DAY,
    events: [],
    from: 0,
  };
  const makers = { createFeelChart, createOccupancyChart, createPlasmaChart, createBreathingChart };

  test.each(Object.keys(makers))(
    '%s rewrites only the pieces after the edit, and draws what a fresh chart draws',
    (name) => {
      const make = makers[name as keyof typeof makers];
      const before = simulate(base);
      const after = simulate(edited, before);
      const from = changedFrom(after);
      expect(from).toBeGreaterThan(0);
      const live = make(host);
      live.update(before, wide);
      const paths = () => [...live.frame.plot.node()!.querySelectorAll('path')];
      const old = new Map(paths().map((p) => [p, p.getAttribute('d')]));
      live.update(after, { ...wide, from });
      const rewritten = paths().filter((p) => old.get(p) !== p.getAttribute('d'));
      expect(rewritten.length).toBeGreaterThan(0);
      // Day 10 of 12 is at 533 px of 640, the engine resumed up to six hours before: only the pieces
      // from about 500 px on can change.
      for (const p of rewritten)
        expect([...p.parentElement!.children].indexOf(p)).toBeGreaterThanOrEqual(
          Math.floor(500 / SEGMENT_PX),
        );
      const other = document.body.appendChild(document.createElement('div'));
      const fresh = make(other);
      fresh.update(after, wide);
      const drawn = (c: typeof live) =>
        [...c.frame.plot.node()!.querySelectorAll('path')].map((p) => p.getAttribute('d'));
      expect(drawn(live)).toEqual(drawn(fresh));
    },
  );

  test('a line hidden through an edit is drawn afresh when shown again', () => {
    const before = simulate(base);
    const early: Scenario = {
      ...base,
      doses: [...base.doses, { drug: 'heroin', route: 'iv', mg: 50, at_h: 2 * DAY }],
    };
    const mid = simulate(early, before);
    const late: Scenario = {
      ...early,
      doses: [...early.doses, { drug: 'heroin', route: 'iv', mg: 10, at_h: 11 * DAY }],
    };
    const after = simulate(late, mid);
    expect(changedFrom(after)).toBeGreaterThan(changedFrom(mid));
    const live = createPlasmaChart(host);
    live.update(before, wide);
    const box = host.querySelector<HTMLInputElement>('input[value="heroin"]')!;
    box.checked = false;
    box.dispatchEvent(new Event('change'));
    const fromMid = changedFrom(mid);
    const fromAfter = changedFrom(after);
    live.update(mid, { ...wide, from: fromMid });
    live.update(after, { ...wide, from: fromAfter });
    // Shown again after both edits: only the last one's start is at hand.
    box.checked = true;
    box.dispatchEvent(new Event('change'));
    const other = document.body.appendChild(document.createElement('div'));
    const fresh = createPlasmaChart(other);
    fresh.update(after, wide);
    const drawn = (root: Element) =>
      [...root.querySelectorAll('.tl-plasma--heroin path')].map((p) => p.getAttribute('d'));
    expect(drawn(host)).toEqual(drawn(other));
  });
});

describe('breathing lost', () => {
  test('a line past breathing stopped is kept on the chart, at its top row, and the rest stands', () => {
    const ys = Float64Array.from([-12, -0.5, 0, 3.5, 140]);
    expect(keepOnChart(ys)).toBe(ys);
    expect([...ys]).toEqual([0, 0, 0, 3.5, 140]);
  });
});
