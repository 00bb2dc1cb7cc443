// Drug X's four curves over time: receptors held, euphoria, breathing lost and withdrawal; solid with
// Drug X, dashed for the same person without it, under a key. Made once; each update draws what
// chart-data.ts works out for the experiment and the chosen window.
import { el } from '../core/dom';
import { createPlot, type Plot } from '../core/plot';
import { panelStrings } from '../strings/panels';
import { drugXChartData, type DrugXChart } from './chart-data';
import type { Experiment } from './runs';

export interface DrugXCharts {
  update(e: Experiment, windowH: number): void;
  cursor(h: number): void;
}

/** The key above the charts; its background entry takes the experiment's drug and colour. */
function createKey() {
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
  return {
    key,
    show(e: Experiment) {
      // The background's line and key take its colour: naltrexone green, heroin orange.
      background.item.hidden = e.experiment === 'alone';
      background.item.className = `dx-key-item dx-background dx-background--${e.experiment}`;
      background.label.textContent = w.series.background[e.experiment];
    },
  };
}

export function createDrugXCharts(host: HTMLElement): DrugXCharts {
  const w = panelStrings.drugX;
  const key = createKey();
  const grid = el('div', 'dx-charts');
  host.append(key.key, grid);
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
  const plots: Record<DrugXChart, Plot> = {
    receptors: make(w.charts.receptors, '%', percent),
    euphoria: make(w.charts.euphoria, '0-100'),
    breathing: make(w.charts.breathing, '%', percent),
    withdrawal: make(w.charts.withdrawal, 'COWS'),
  };
  return {
    update(e, windowH) {
      key.show(e);
      const data = drugXChartData(e, windowH);
      for (const name of Object.keys(plots) as DrugXChart[]) plots[name].update(data[name]);
    },
    cursor(h) {
      for (const p of Object.values(plots)) p.cursor(h);
    },
  };
}
