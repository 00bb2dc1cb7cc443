// The unknown-drug exercise: Drug X, drawn from the seed, given in one of three experiments and at
// one of three amounts; the receptors at a chosen time, the curves with and without it, words for
// both; then the student's answer, checked and explained. The drug's name is in no element, label
// or address until the answer is checked. Mounted once, in its dialog, when first opened.
import './drugx.css';
import { drugXProfile } from '../../sim/index';
import { el } from '../core/dom';
import { setText } from '../core/set-text';
import { format } from '../strings/index';
import { panelStrings } from '../strings/panels';
import { createAnswerView } from './answer-view';
import { createDrugXCharts } from './charts';
import { createDrugXChoices } from './choices';
import { createMomentView } from './moment-view';
import { runExperiment, type Experiment } from './runs';
import { createSeedView } from './seed-view';
import { summaryWords } from './summary';

/** The exercise's page in `host`, top to bottom: the introduction, the seed and the dose; the
 *  choices; what the experiment does; the charts beside the picture; the sentences; the answer. */
function drugXPage(
  host: HTMLElement,
  onSeed: (seed: number) => void,
  onRun: () => void,
  onWindow: () => void,
) {
  const w = panelStrings.drugX;
  const root = el('div', 'drug-x');
  const seedView = createSeedView(onSeed);
  const doseLine = el('p', 'dx-dose');
  const choices = createDrugXChoices(onRun, onWindow);
  const experimentText = el('p', 'dx-experiment-text');
  const summary = el('div', 'dx-summary');
  summary.setAttribute('aria-live', 'polite');
  const chartsHost = el('div', 'dx-chart-host');
  const moment = createMomentView((h) => charts.cursor(h));
  const answer = createAnswerView();
  const top = el('div', 'dx-top');
  top.append(el('p', 'dx-intro', w.intro), seedView.box, doseLine);
  const lab = el('div', 'dx-lab');
  lab.append(chartsHost, moment.box);
  root.append(top, choices.box, experimentText, el('p', 'dx-dashed', w.dashed), lab, summary, answer.box);
  host.append(root);
  const charts = createDrugXCharts(chartsHost);
  return { root, seedView, doseLine, choices, experimentText, summary, charts, moment, answer };
}

export function mountDrugX(host: HTMLElement, seed: number, onSeed: (seed: number) => void) {
  const w = panelStrings.drugX;
  const page = drugXPage(
    host,
    (next) => {
      setSeed(next);
      onSeed(next);
    },
    () => render(),
    () => draw(),
  );
  const { root, choices } = page;

  let profile = drugXProfile(seed);
  let shown: Experiment | undefined;
  const cache = new Map<string, Experiment>();

  const draw = () => {
    if (!shown) return;
    const windowH = choices.windowH();
    page.charts.update(shown, windowH);
    page.moment.show(shown, windowH);
  };

  /** Runs the chosen experiment (once per drug, experiment and amount) and shows it. */
  function render() {
    const e = choices.experiment();
    const factor = choices.factor();
    const key = `${e}|${factor}`;
    let run = cache.get(key);
    if (!run) {
      run = runExperiment(profile, e, factor);
      cache.set(key, run);
    }
    shown = run;
    setText(page.experimentText, w.experimentText[e]);
    page.summary.replaceChildren(...summaryWords(run).map((s) => el('p', '', s)));
    root.dataset.experiment = key;
    draw();
  }

  function setSeed(next: number) {
    seed = next;
    profile = drugXProfile(seed);
    cache.clear();
    page.seedView.show(seed);
    setText(page.doseLine, w.dose(format.num(profile.mg)));
    page.answer.reset(profile);
    root.dataset.seed = String(seed);
    page.moment.rewind();
    render();
  }

  setSeed(seed);
  return { setSeed };
}
