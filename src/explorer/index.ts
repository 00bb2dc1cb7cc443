// The dose-shift explorer, "What would it take?": choose an opioid and a moment of naltrexone
// treatment; the engine sweeps single doses over four decades and the charts show where the curves
// move. Words say what each state means, what the block asks for (measured, and as Gaddum's theory
// predicts) and what tolerance used to ask; a slider reads the curves at any swept dose; the numbers
// are in a table; students can open a Schild plot. Mounted once, in its dialog, when first opened.
import './explorer.css';
import { el } from '../core/dom';
import { setText } from '../core/set-text';
import { strings } from '../strings/index';
import { panelStrings } from '../strings/panels';
import { createDoseCharts } from './charts';
import { formatDose, formatRatio, pct } from './format';
import { createExplorerModel, type Exploration } from './model';
import { mountSchild } from './schild';
import { OPIOIDS, STATES, SWEEP, type NaltrexoneState, type Opioid } from './sweep';
import { fillTable } from './table';

function controls(onChange: () => void) {
  const w = panelStrings.explorer;
  const wrap = el('div', 'ex-controls');
  const label = el('label', 'ex-opioid');
  const select = el('select');
  select.id = 'ex-opioid';
  for (const [name, o] of Object.entries(OPIOIDS)) {
    const option = el('option', '', `${strings.timeline.dose.drugs[name]}, ${w.routes[o.route]}`);
    option.value = name;
    select.append(option);
  }
  label.append(el('span', '', w.opioidLabel), select);
  const states = el('fieldset', 'ex-states');
  states.append(el('legend', '', w.stateLegend));
  for (const s of STATES) {
    const l = el('label', 'ex-state');
    const input = el('input');
    input.type = 'radio';
    input.name = 'ex-state';
    input.value = s;
    input.checked = s === 'week4';
    input.addEventListener('change', () => input.checked && onChange());
    l.append(input, el('span', '', w.states[s]));
    states.append(l);
  }
  select.addEventListener('change', onChange);
  wrap.append(label, states);
  const read = () => ({
    opioid: select.value as Opioid,
    state: (states.querySelector<HTMLInputElement>('input:checked')?.value ?? 'none') as NaltrexoneState,
  });
  return { wrap, read };
}

/** The sentences under the charts: the block, the shift against theory, the tolerance that was lost
 *  (the last two once the comparison curves are there). */
function summarise(e: Exploration): string[] {
  const w = panelStrings.explorer;
  const dose = (mg: number | undefined) => (mg === undefined ? w.beyond : formatDose(mg));
  const out = [w.blocked(pct(e.curve.blocked))];
  if (!e.sameDay || !e.tolerant) return [...out, w.comparing];
  if (e.state === 'none') out.push(w.noBlock(dose(e.danger.curve)));
  else
    out.push(
      w.shift(
        dose(e.danger.curve),
        e.measuredRatio === undefined ? '?' : formatRatio(e.measuredRatio),
        dose(e.danger.sameDay),
        formatRatio(e.predictedRatio),
      ),
    );
  out.push(w.tolerance(dose(e.danger.tolerant), dose(e.danger.sameDay)));
  return out;
}

export function mountExplorer(host: HTMLElement): void {
  const w = panelStrings.explorer;
  const model = createExplorerModel();
  const root = el('div', 'explorer');
  const ui = controls(() => schedule());
  const stateText = el('p', 'ex-state-text');
  const chartsHost = el('div', 'ex-chart-host');
  const summary = el('div', 'ex-summary');
  summary.setAttribute('aria-live', 'polite');
  const status = el('p', 'ex-status');
  const slider = el('input');
  slider.type = 'range';
  slider.id = 'ex-cursor';
  slider.min = '0';
  slider.max = String(SWEEP.count - 1);
  const sliderLabel = el('label', 'ex-cursor-label', w.cursorLabel);
  sliderLabel.htmlFor = slider.id;
  const readout = el('output', 'ex-readout');
  readout.setAttribute('aria-live', 'polite');
  readout.htmlFor.add(slider.id);
  const cursorRow = el('div', 'ex-cursor');
  cursorRow.append(sliderLabel, slider, readout);
  const tableBox = el('details', 'ex-numbers');
  tableBox.append(el('summary', '', w.tableSummary));
  const table = el('table', 'ex-table');
  // Scrolls sideways on a phone (six columns of long headings), and by keyboard.
  const tableWrap = el('div', 'table-wrap ex-table-wrap');
  tableWrap.tabIndex = 0;
  tableWrap.setAttribute('role', 'region');
  tableWrap.setAttribute('aria-label', w.tableCaption);
  tableWrap.append(table);
  tableBox.append(tableWrap);
  root.append(el('p', 'ex-intro', w.intro), el('p', 'ex-story', w.story), ui.wrap, stateText);
  root.append(chartsHost, cursorRow, summary, status, tableBox);
  host.append(root);
  const charts = createDoseCharts(chartsHost);
  const schild = mountSchild(root, model, () => ui.read().opioid);

  let shown: Exploration | undefined;
  const readCursor = () => {
    if (!shown) return;
    const i = Number(slider.value);
    const mg = shown.curve.doses[i]!;
    charts.cursor(mg);
    const curves = [
      ['state', shown.curve],
      ['sameDay', shown.sameDay],
      ['tolerant', shown.tolerant],
    ] as const;
    const rows = curves.flatMap(([name, c]) =>
      c ? [w.readoutRow(w.curves[name], Math.round(c.euphoria[i]!), pct(c.breathing[i]!))] : [],
    );
    slider.setAttribute('aria-valuetext', formatDose(mg));
    setText(readout, w.readout(formatDose(mg), rows.join('; ')));
  };
  slider.addEventListener('input', readCursor);

  const draw = (e: Exploration) => {
    shown = e;
    root.dataset.choice = `${e.opioid}/${e.state}`;
    setText(stateText, w.stateText[e.state]);
    charts.update(e);
    summary.replaceChildren(...summarise(e).map((s) => el('p', '', s)));
    fillTable(table, e);
    if (!root.dataset.ready) {
      // Start the reading at the usual dose.
      slider.value = String(
        Math.round(
          ((SWEEP.count - 1) * Math.log(1 / SWEEP.lowFactor)) / Math.log(SWEEP.highFactor / SWEEP.lowFactor),
        ),
      );
    }
    readCursor();
  };

  /**
   * Recomputes for the current choice: the asked-for sweep first, drawn at once; then, a frame later
   * when they are not computed yet, the comparison curves (the same day without naltrexone, the daily
   * user). The times are shown and kept for the bench: the sweep's, and the whole choice's.
   */
  const recompute = () => {
    const { opioid, state } = ui.read();
    const curves = model.missing(opioid, state);
    const t0 = performance.now();
    const first = model.explore(opioid, state, false);
    const sweepMs = performance.now() - t0;
    root.dataset.curves = String(curves);
    root.dataset.sweepMs = sweepMs.toFixed(1);
    draw(first);
    const finish = (restMs: number) => {
      root.dataset.recomputeMs = (sweepMs + restMs).toFixed(1);
      const ms = (x: number) => Math.round(x);
      setText(
        status,
        curves === 0
          ? w.cached(SWEEP.count)
          : restMs > 0.5
            ? w.computed(ms(sweepMs), ms(sweepMs + restMs), SWEEP.count)
            : w.computedOne(ms(sweepMs), SWEEP.count),
      );
      root.removeAttribute('aria-busy');
      root.dataset.ready = 'true';
      schild.invalidate();
      warmLater(opioid, state);
    };
    if (first.sameDay && first.tolerant) return finish(0);
    setText(status, w.comparing);
    pending = requestAnimationFrame(() =>
      setTimeout(() => {
        const now = ui.read();
        if (now.opioid !== opioid || now.state !== state) return;
        const t1 = performance.now();
        draw(model.explore(opioid, state));
        finish(performance.now() - t1);
      }),
    );
  };
  // While the page is idle (and the dialog open), the other choices are computed one curve at a
  // time: this opioid's other states first, then the other opioids at this state, then the rest. So
  // the next choice is usually instant; the time shown is that of a choice not computed yet.
  let warming = 0;
  const idle = (fn: () => void) =>
    typeof requestIdleCallback === 'function' ? requestIdleCallback(fn) : setTimeout(fn, 50);
  const warmLater = (opioid: Opioid, state: NaltrexoneState) => {
    const id = ++warming;
    const others = (Object.keys(OPIOIDS) as Opioid[]).filter((o) => o !== opioid);
    const order: [Opioid, NaltrexoneState][] = [
      ...STATES.map((s): [Opioid, NaltrexoneState] => [opioid, s]),
      ...others.map((o): [Opioid, NaltrexoneState] => [o, state]),
      ...others.flatMap((o) => STATES.map((s): [Opioid, NaltrexoneState] => [o, s])),
    ];
    const step = () => {
      if (id !== warming || !root.isConnected || !root.closest('dialog')?.open) return;
      if (order.some(([o, s]) => model.warmOne(o, s))) idle(step);
    };
    idle(step);
  };
  // Say "computing" first when curves must be computed, so the page shows it before the work.
  let pending = 0;
  const schedule = () => {
    const { opioid, state } = ui.read();
    cancelAnimationFrame(pending);
    if (model.missing(opioid, state) === 0) return recompute();
    root.setAttribute('aria-busy', 'true');
    setText(status, w.computing);
    pending = requestAnimationFrame(() => setTimeout(recompute));
  };
  schedule();
}
