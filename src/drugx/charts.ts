// Drug X's four curves over time: receptors held, euphoria, breathing lost and withdrawal; solid with
// Drug X, dashed for the same person without it. Drawn over the chosen window, with marks at the
// moments drugs are given.
import { DRUG_X_AT_H, EVENT_THRESHOLDS, type DrugXExperiment } from '../../sim/index';
import { el } from '../core/dom';
import { createPlot, type Plot, type PlotData } from '../core/plot';
import { panelStrings } from '../strings/panels';
import type { Experiment, Run } from './runs';

export interface DrugXCharts {
  update(e: Experiment, windowH: number): void;
  cursor(h: number): void;
}

/** The samples of a run up to `windowH`, as views (no copies). */
const upTo = (run: Run, windowH: number) => {
  let n = run.t.length;
  while (n > 1 && run.t[n - 1]! > windowH) n--;
  return (a: Float64Array) => a.subarray(0, n);
};

function marksFor(experiment: DrugXExperiment) {
  const w = panelStrings.drugX;
  const marks = [{ x: DRUG_X_AT_H, className: 'dx-mark', label: w.series.drugX }];
  if (experiment === 'naltrexone')
    marks.push({ x: 0, className: 'dx-mark', label: w.series.background.naltrexone });
  return marks;
}

export function createDrugXCharts(host: HTMLElement): DrugXCharts {
  const w = panelStrings.drugX;
  const key = el('ul', 'dx-key');
  const keyItem = (cls: string, name: string) => {
    const item = el('li', `dx-key-item ${cls}`);
    const label = el('span', '', name);
    item.append(el('span', 'dx-swatch'), label);
    key.append(item);
    return { item, label };
  };
  keyItem('dx-x', w.series.drugX);
  keyItem('dx-endorphin', w.series.endorphin);
  const background = keyItem('dx-background', '');
  keyItem('dx-without', w.series.without);
  const grid = el('div', 'dx-charts');
  host.append(key, grid);
  const make = (title: string, yLabel: string, yFormat?: (v: number) => string): Plot =>
    createPlot(grid, {
      title,
      description: `${title}. ${w.dashed}`,
      xLabel: w.hourAxis,
      yLabel,
      width: 400,
      height: 210,
      caption: true,
      className: 'dx-plot',
      xTicks: 6,
      ...(yFormat ? { yFormat } : {}),
    });
  const percent = (v: number) => String(Math.round(v * 100));
  const plots = {
    receptors: make(w.charts.receptors, '%', percent),
    euphoria: make(w.charts.euphoria, '0-100'),
    breathing: make(w.charts.breathing, '%', percent),
    withdrawal: make(w.charts.withdrawal, 'COWS'),
  };
  return {
    update(e, windowH) {
      // The background's line and key take its colour: naltrexone green, heroin orange.
      background.item.hidden = e.experiment === 'alone';
      background.item.className = `dx-key-item dx-background dx-background--${e.experiment}`;
      background.label.textContent = w.series.background[e.experiment];
      const a = upTo(e.withX, windowH);
      const b = upTo(e.withoutX, windowH);
      const t = a(e.withX.t);
      const tb = b(e.withoutX.t);
      const base = { xDomain: [0, windowH] as [number, number], marks: marksFor(e.experiment) };
      const pair = (key: 'euphoria' | 'breathing' | 'cows'): PlotData['series'] => [
        { x: tb, y: b(e.withoutX[key]), className: 'dx-without' },
        { x: t, y: a(e.withX[key]), className: 'dx-with' },
      ];
      const s = e.withX.shares;
      const sb = e.withoutX.shares;
      plots.receptors.update({
        ...base,
        yDomain: [0, 1],
        series: [
          { x: tb, y: b(sb.endorphin), className: 'dx-without dx-endorphin' },
          ...(e.experiment === 'alone'
            ? []
            : [
                {
                  x: tb,
                  y: b(sb.background),
                  className: `dx-without dx-background dx-background--${e.experiment}`,
                },
              ]),
          { x: t, y: a(s.endorphin), className: 'dx-endorphin' },
          ...(e.experiment === 'alone'
            ? []
            : [{ x: t, y: a(s.background), className: `dx-background dx-background--${e.experiment}` }]),
          { x: t, y: a(s.drugX), className: 'dx-with dx-x' },
        ],
      });
      plots.euphoria.update({ ...base, yDomain: [0, 100], series: pair('euphoria') });
      plots.breathing.update({
        ...base,
        yDomain: [0, 1],
        series: pair('breathing'),
        bands: [{ y0: EVENT_THRESHOLDS.overdoseBreathing.value, y1: 1, className: 'dx-danger' }],
      });
      plots.withdrawal.update({ ...base, yDomain: [0, 48], series: pair('cows') });
    },
    cursor(h) {
      for (const p of Object.values(plots)) p.cursor(h);
    },
  };
}
