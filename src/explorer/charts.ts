// The explorer's two dose-response charts (peak euphoria, peak breathing lost) and their key: three
// curves each, told apart by line style as well as colour, the danger zone and the usual dose.
import { EVENT_THRESHOLDS } from '../../sim/index';
import { el } from '../core/dom';
import { createPlot, type Plot, type PlotSeries } from '../core/plot';
import { panelStrings } from '../strings/panels';
import { powerOfTenTick } from './format';
import type { Exploration } from './model';
import { OPIOIDS, SWEEP } from './sweep';

const CURVES = ['state', 'sameDay', 'tolerant'] as const;

export interface DoseCharts {
  update(e: Exploration): void;
  cursor(mg: number | undefined): void;
}

function legend(): HTMLElement {
  const w = panelStrings.explorer.curves;
  const list = el('ul', 'ex-legend');
  for (const c of CURVES) {
    const item = el('li', `ex-key ex-key--${c}`);
    item.append(el('span', 'ex-swatch'), el('span', '', w[c]));
    list.append(item);
  }
  const danger = el('li', 'ex-key ex-key--danger');
  danger.append(el('span', 'ex-swatch'), el('span', '', panelStrings.explorer.danger));
  list.append(danger);
  return list;
}

export function createDoseCharts(host: HTMLElement): DoseCharts {
  const w = panelStrings.explorer;
  const row = el('div', 'ex-charts');
  host.append(legend(), row);
  const common = { xLabel: w.doseAxis, log: true, xFormat: powerOfTenTick, className: 'ex-plot' };
  const euphoria: Plot = createPlot(row, {
    ...common,
    title: w.euphoriaTitle,
    description: w.chartDescription(w.euphoriaTitle),
    yLabel: w.euphoriaTitle,
  });
  const breathing: Plot = createPlot(row, {
    ...common,
    title: w.breathingTitle,
    description: w.chartDescription(w.breathingTitle),
    yLabel: w.breathingTitle,
    yFormat: (v) => String(Math.round(v * 100)),
  });
  return {
    update(e) {
      const usual = OPIOIDS[e.opioid].usualMg;
      const domain: [number, number] = [usual * SWEEP.lowFactor, usual * SWEEP.highFactor];
      // The comparisons are drawn behind the moment's curve, once they are computed.
      const curves = [
        [e.tolerant, 'tolerant'],
        [e.sameDay, 'sameDay'],
        [e.curve, 'state'],
      ] as const;
      const series = (key: 'euphoria' | 'breathing'): PlotSeries[] =>
        curves.flatMap(([c, name]) => (c ? [{ x: c.doses, y: c[key], className: `ex-line--${name}` }] : []));
      const marks = [{ x: usual, className: 'ex-usual', label: w.usual }];
      euphoria.update({
        xDomain: domain,
        yDomain: [0, 100],
        series: series('euphoria'),
        marks,
        bands: [{ y0: EVENT_THRESHOLDS.overcomeEuphoria.value, className: 'ex-break', label: w.breakLine }],
      });
      breathing.update({
        xDomain: domain,
        yDomain: [0, 1],
        series: series('breathing'),
        marks,
        bands: [
          // The danger zone is named in the key above the charts, where no curve runs over the words.
          { y0: EVENT_THRESHOLDS.overdoseBreathing.value, y1: 1, className: 'ex-danger' },
        ],
      });
    },
    cursor(mg) {
      euphoria.cursor(mg);
      breathing.cursor(mg);
    },
  };
}
