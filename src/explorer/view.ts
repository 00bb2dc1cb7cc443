// The explorer's page, top to bottom: the introduction and the story, the choice, what the state
// means, the two charts with the reading slider, the sentences under them, the timing, the table of
// numbers and (for students) the Schild plot. `draw` puts an Exploration on all of it.
import { el } from '../core/dom';
import { setText } from '../core/set-text';
import { panelStrings } from '../strings/panels';
import { createDoseCharts } from './charts';
import { explorerChoice } from './choice';
import { createDoseCursor } from './cursor';
import type { Exploration, ExplorerModel } from './model';
import { mountSchild } from './schild';
import { summarise } from './summary';
import { createNumbersBox, fillTable } from './table';

export function createExplorerView(host: HTMLElement, model: ExplorerModel, onChoice: () => void) {
  const w = panelStrings.explorer;
  const root = el('div', 'explorer');
  const ui = explorerChoice(onChoice);
  const stateText = el('p', 'ex-state-text');
  const chartsHost = el('div', 'ex-chart-host');
  const summary = el('div', 'ex-summary');
  summary.setAttribute('aria-live', 'polite');
  const status = el('p', 'ex-status');
  const cursor = createDoseCursor((mg) => charts.cursor(mg));
  const numbers = createNumbersBox();
  root.append(el('p', 'ex-intro', w.intro), el('p', 'ex-story', w.story), ui.wrap, stateText);
  root.append(chartsHost, cursor.row, summary, status, numbers.box);
  host.append(root);
  const charts = createDoseCharts(chartsHost);
  const schild = mountSchild(root, model, () => ui.read().opioid);

  const draw = (e: Exploration) => {
    root.dataset.choice = `${e.opioid}/${e.state}`;
    setText(stateText, w.stateText[e.state]);
    charts.update(e);
    summary.replaceChildren(...summarise(e).map((s) => el('p', '', s)));
    fillTable(numbers.table, e);
    // Start the reading at the usual dose.
    cursor.show(e, !root.dataset.ready);
  };
  return {
    root,
    /** The opioid and the state chosen. */
    read: ui.read,
    draw,
    /** Says what is being computed, or what it took. */
    status: (text: string) => setText(status, text),
    /** The opioid may have changed: the Schild plot is worked out again if it is open. */
    invalidateSchild: () => schild.invalidate(),
  };
}
