// The redraw reads every chart's sight and height before drawing any chart: read between drawings,
// each read would make the browser lay the page out again. A chart out of sight is skipped and keeps
// the first sample it is owed, and draws from there once it is back in sight.
import { expect, test } from 'vitest';
import type { Timeline } from '../../sim/index';
import type { Chart, ChartView } from '../../src/timeline/chart-frame';
import { drawCharts } from '../../src/timeline/redraw';

function fakeChart(name: string, log: string[], size = { height: 120 }): Chart {
  let drawnHeight = 0;
  const box = {
    get clientHeight() {
      log.push(`read ${name}`);
      return size.height;
    },
  };
  return {
    frame: {
      box,
      height: 100,
      resize: (h: number) => {
        const changed = h !== drawnHeight;
        drawnHeight = h;
        return changed;
      },
    },
    update: (_tl: Timeline, view: ChartView) => log.push(`draw ${name} from ${view.from}`),
    exportKey: () => [],
  } as unknown as Chart;
}

const view = (from: number) => ({ from }) as ChartView;
const timeline = {} as Timeline;

test('every read comes before the first drawing', () => {
  const log: string[] = [];
  const charts = ['feel', 'receptors', 'plasma'].map((n) => fakeChart(n, log));
  drawCharts(charts, timeline, view(0), new Map(), () => false);
  expect(log).toEqual([
    'read feel',
    'read receptors',
    'read plasma',
    'draw feel from 0',
    'draw receptors from 0',
    'draw plasma from 0',
  ]);
});

test('a chart out of sight is not read or drawn, and later draws from the first sample it missed', () => {
  const log: string[] = [];
  const [feel, plasma] = ['feel', 'plasma'].map((n) => fakeChart(n, log));
  const owed = new Map<Chart, number>();
  let plasmaAway = true;
  const away = (c: Chart) => c === plasma && plasmaAway;
  drawCharts([feel!, plasma!], timeline, view(0), owed, away);
  log.length = 0;
  // Two edits while the plasma chart is away: from sample 500, then from 900.
  drawCharts([feel!, plasma!], timeline, view(500), owed, away);
  drawCharts([feel!, plasma!], timeline, view(900), owed, away);
  expect(log).toEqual(['read feel', 'draw feel from 500', 'read feel', 'draw feel from 900']);
  expect(owed.get(plasma!)).toBe(0);
  log.length = 0;
  plasmaAway = false;
  drawCharts([feel!, plasma!], timeline, view(Infinity), owed, away);
  // Never drawn before, so from its start (it was owed sample 0 since the first redraw).
  expect(log).toEqual(['read feel', 'read plasma', 'draw feel from Infinity', 'draw plasma from 0']);
  expect(owed.size).toBe(0);
});

test('a chart whose box changed height draws afresh', () => {
  const log: string[] = [];
  const size = { height: 120 };
  const feel = fakeChart('feel', log, size);
  drawCharts([feel], timeline, view(0), new Map(), () => false);
  drawCharts([feel], timeline, view(700), new Map(), () => false);
  expect(log.at(-1)).toBe('draw feel from 700');
  size.height = 200;
  drawCharts([feel], timeline, view(700), new Map(), () => false);
  expect(log.at(-1)).toBe('draw feel from 0');
});
