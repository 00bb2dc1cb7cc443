// @vitest-environment jsdom
// The charts drawn for known data: their scales, and the paths they draw, coordinate by coordinate.
import { beforeEach, describe, expect, test } from 'vitest';
import { createBreathingChart } from '../../src/timeline/breathing-chart';
import { createCursorOverlay, cursorOffset } from '../../src/timeline/cursor-overlay';
import { MARGIN, type ChartView } from '../../src/timeline/chart-frame';
import { createFeelChart, feelScales } from '../../src/timeline/feel-chart';
import { createOccupancyChart } from '../../src/timeline/occupancy-chart';
import { createPlasmaChart, formatDecade } from '../../src/timeline/plasma-chart';
import { tinyTimeline } from './fixtures';

/** A view over 0-2 h whose plot is exactly 200 px wide: 100 px per hour. */
const view: ChartView = {
  h0: 0,
  h1: 2,
  width: MARGIN.left + 200 + MARGIN.right,
  ticks: [0, 1, 2],
  step: 1,
  events: tinyTimeline().events,
};

let host: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = '<div id="host"></div>';
  host = document.getElementById('host')!;
});

/** The numbers in a path, in pairs. */
const points = (d: string | null) =>
  (d ?? '')
    .match(/-?\d+(\.\d+)?(e-?\d+)?/g)!
    .map(Number)
    .reduce<number[][]>((acc, n, i) => {
      if (i % 2 === 0) acc.push([n]);
      else acc.at(-1)!.push(n);
      return acc;
    }, []);

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
    const eu = points(host.querySelector('path.tl-euphoria')!.getAttribute('d'));
    expect(eu).toEqual([
      [0, up(0)],
      [100, up(50)],
      [200, up(100)],
    ]);
    const wd = points(host.querySelector('path.tl-withdrawal')!.getAttribute('d'));
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
    const layers = [...host.querySelectorAll('path.tl-layer')].map((p) => p.getAttribute('class'));
    expect(layers).toEqual([
      'tl-layer tl-layer--free',
      'tl-layer tl-layer--naltrexone',
      'tl-layer tl-layer--heroin',
      'tl-layer tl-layer--endorphin',
    ]);
    const inner = chart.frame.inner;
    const y = (share: number) => +(inner * (1 - share)).toFixed(1);
    // The free layer's top edge is the top of the chart at every sample (the shares sum to 1).
    const free = points(host.querySelector('path.tl-layer--free')!.getAttribute('d'));
    expect(free).toEqual([
      [0, inner],
      [0, 0],
      [100, 0],
      [200, 0],
      [200, inner],
    ]);
    // Heroin's top: endorphin + heroin = 0.1, 0.5, 0.1.
    const heroin = points(host.querySelector('path.tl-layer--heroin')!.getAttribute('d'));
    expect(heroin.slice(1, 4)).toEqual([
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
});

describe('drug levels', () => {
  test('a log scale from 0.01 ng/mL to the decade above the highest level', () => {
    const chart = createPlasmaChart(host);
    chart.update(tinyTimeline(), view);
    const ticks = [...host.querySelectorAll('.tl-y-axis .tl-tick')].map((t) => t.textContent);
    expect(ticks).toEqual(['0.01', '0.1', '1', '10', '100', '1k']);
    const inner = chart.frame.inner;
    // naltrexone 0.1, 1, 10 over five decades: 1/5, 2/5, 3/5 of the way up.
    const ntx = points(host.querySelector('path.tl-plasma--naltrexone')!.getAttribute('d'));
    ntx.forEach(([, y], i) => expect(y).toBeCloseTo(inner * (1 - (i + 1) / 5), 6));
  });

  test('levels below the floor break the line instead of drawing along it', () => {
    createPlasmaChart(host).update(tinyTimeline(), view);
    const d = host.querySelector('path.tl-plasma--heroin')!.getAttribute('d')!;
    expect(d.startsWith('M100,')).toBe(true);
  });

  test('unticking a molecule hides its line and rescales to what is left', () => {
    const chart = createPlasmaChart(host);
    chart.update(tinyTimeline(), view);
    const box = host.querySelector<HTMLInputElement>('input[value="heroin"]')!;
    expect(box.labels![0]!.textContent).toBe('heroin');
    box.checked = false;
    box.dispatchEvent(new Event('change'));
    expect(host.querySelector('path.tl-plasma--heroin')).toBeNull();
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
    expect(points(host.querySelector('path.tl-breathing')!.getAttribute('d'))).toEqual([
      [0, inner],
      [100, inner / 2],
      [200, 0],
    ]);
  });
});
