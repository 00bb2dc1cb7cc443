// The Schild plot, for students: log(dose ratio - 1) against log naltrexone at the receptors, one point
// per moment of treatment (the injection at weeks 1-6, the tablets at their low point), with the fitted
// line and its slope. Computed when opened (fourteen sweeps, the page breathing between them), and again
// when the opioid changes while it is open.
import { el } from '../core/dom';
import { createPlot } from '../core/plot';
import { setText } from '../core/set-text';
import { format } from '../strings/index';
import { panelStrings } from '../strings/panels';
import type { ExplorerModel, SchildResult } from './model';
import type { Opioid } from './sweep';
import { schildPlotData, schildPointWords } from './schild-chart';

/** The panel: a disclosure with the plot's host, the live slope, the points in words and a note. */
function buildSchildPanel(host: HTMLElement) {
  const w = panelStrings.explorer.schild;
  const box = el('details', 'ex-schild');
  box.append(el('summary', '', w.summary), el('p', '', w.text));
  const plotHost = el('div', 'ex-schild-plot');
  const slope = el('p', 'ex-schild-slope');
  slope.setAttribute('aria-live', 'polite');
  const list = el('ul', 'ex-schild-points');
  box.append(plotHost, slope, list, el('p', 'ex-note', w.note));
  host.append(box);
  return { box, plotHost, slope, list };
}

function createSchildPlot(plotHost: HTMLElement) {
  const w = panelStrings.explorer.schild;
  return createPlot(plotHost, {
    title: w.summary,
    description: w.description,
    xLabel: w.xAxis,
    yLabel: w.yAxis,
    width: 480,
    height: 280,
    className: 'ex-schild-chart',
    xFormat: (v) => format.fixed(v, 1),
    yFormat: (v) => format.fixed(v, 1),
  });
}

export function mountSchild(host: HTMLElement, model: ExplorerModel, opioid: () => Opioid) {
  const w = panelStrings.explorer.schild;
  const { box, plotHost, slope, list } = buildSchildPanel(host);
  const plot = createSchildPlot(plotHost);

  let shownFor: Opioid | undefined;
  let running = false;
  const show = (r: SchildResult) => {
    plot.update(schildPlotData(r));
    setText(slope, w.slope(format.fixed(r.slope, 2)));
    list.replaceChildren(...schildPointWords(r).map((text) => el('li', '', text)));
  };
  const compute = async () => {
    const current = opioid();
    if (running || shownFor === current || !box.open) return;
    running = true;
    box.setAttribute('aria-busy', 'true');
    setText(slope, panelStrings.explorer.computing);
    const result = await model.schild(current, () => new Promise((r) => setTimeout(r)));
    running = false;
    box.removeAttribute('aria-busy');
    shownFor = current;
    show(result);
    if (opioid() !== current) void compute();
  };
  box.addEventListener('toggle', () => void compute());
  return {
    /** The opioid may have changed: compute again if the plot is open. */
    invalidate: () => void compute(),
  };
}
