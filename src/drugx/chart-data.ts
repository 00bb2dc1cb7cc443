// What Drug X's four charts show for an experiment over a window of hours: each run cut at the window
// (views, no copies), solid with Drug X and dashed for the same person without it, the receptors
// shared between Drug X, the background drug and endorphin, the danger band on breathing, and marks
// at the moments drugs are given. Pure: charts.ts draws it.
import { DRUG_X_AT_H, EVENT_THRESHOLDS, type DrugXExperiment } from '../../sim/index';
import type { PlotData } from '../core/plot';
import { panelStrings } from '../strings/panels';
import type { Experiment, Run } from './runs';

export type DrugXChart = 'receptors' | 'euphoria' | 'breathing' | 'withdrawal';

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

/** Who holds the receptors, with and without Drug X: endorphin, the background drug (in its
 *  colour: naltrexone green, heroin orange; none when Drug X is given alone) and Drug X. */
function receptorSeries(e: Experiment, windowH: number): PlotData['series'] {
  const a = upTo(e.withX, windowH);
  const b = upTo(e.withoutX, windowH);
  const t = a(e.withX.t);
  const tb = b(e.withoutX.t);
  const s = e.withX.shares;
  const sb = e.withoutX.shares;
  const background = `dx-background dx-background--${e.experiment}`;
  return [
    { x: tb, y: b(sb.endorphin), className: 'dx-without dx-endorphin' },
    ...(e.experiment === 'alone'
      ? []
      : [{ x: tb, y: b(sb.background), className: `dx-without ${background}` }]),
    { x: t, y: a(s.endorphin), className: 'dx-endorphin' },
    ...(e.experiment === 'alone' ? [] : [{ x: t, y: a(s.background), className: background }]),
    { x: t, y: a(s.drugX), className: 'dx-with dx-x' },
  ];
}

export function drugXChartData(e: Experiment, windowH: number): Record<DrugXChart, PlotData> {
  const a = upTo(e.withX, windowH);
  const b = upTo(e.withoutX, windowH);
  const base = { xDomain: [0, windowH] as [number, number], marks: marksFor(e.experiment) };
  const pair = (key: 'euphoria' | 'breathing' | 'cows'): PlotData['series'] => [
    { x: b(e.withoutX.t), y: b(e.withoutX[key]), className: 'dx-without' },
    { x: a(e.withX.t), y: a(e.withX[key]), className: 'dx-with' },
  ];
  return {
    receptors: { ...base, yDomain: [0, 1], series: receptorSeries(e, windowH) },
    euphoria: { ...base, yDomain: [0, 100], series: pair('euphoria') },
    breathing: {
      ...base,
      yDomain: [0, 1],
      series: pair('breathing'),
      bands: [{ y0: EVENT_THRESHOLDS.overdoseBreathing.value, y1: 1, className: 'dx-danger' }],
    },
    withdrawal: { ...base, yDomain: [0, 48], series: pair('cows') },
  };
}
