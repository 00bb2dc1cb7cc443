// The unknown-drug exercise: Drug X, drawn from the seed, given in one of three experiments and at
// one of three amounts; the receptors at a chosen time, the curves with and without it, words for
// both; then the student's answer, checked and explained. The drug's name is in no element, label
// or address until the answer is checked. Mounted once, in its dialog, when first opened.
import './drugx.css';
import { DRUG_X_AT_H, DRUG_X_EXPERIMENTS, drugXProfile, type DrugXExperiment } from '../../sim/index';
import { el } from '../core/dom';
import { setText } from '../core/set-text';
import { format } from '../strings/index';
import { panelStrings } from '../strings/panels';
import { LIGAND_STYLE } from '../theme';
import { createAnswerView } from './answer-view';
import { createDrugXCharts } from './charts';
import { createPicture, hundred } from './picture';
import { runExperiment, type Experiment } from './runs';
import { createSeedView } from './seed-view';

const AMOUNTS = [1, 4, 16] as const;
const WINDOWS = [6, 48, 168] as const;

function radioGroup<T extends string | number>(
  name: string,
  legend: string,
  values: readonly T[],
  words: (v: T) => string,
  onChange: () => void,
) {
  const fieldset = el('fieldset', `dx-choice dx-${name}`);
  fieldset.append(el('legend', '', legend));
  values.forEach((value, i) => {
    const label = el('label', 'dx-option');
    const input = el('input');
    input.type = 'radio';
    input.name = `dx-${name}`;
    input.value = String(value);
    input.checked = i === 0;
    input.addEventListener('change', () => input.checked && onChange());
    label.append(input, el('span', '', words(value)));
    fieldset.append(label);
  });
  const read = () => fieldset.querySelector<HTMLInputElement>('input:checked')!.value;
  return { fieldset, read };
}

const peakOf = (a: Float64Array) => a.reduce((m, v) => (v > m ? v : m), 0);

export function mountDrugX(host: HTMLElement, seed: number, onSeed: (seed: number) => void) {
  const w = panelStrings.drugX;
  const root = el('div', 'drug-x');
  const seedView = createSeedView((next) => {
    setSeed(next);
    onSeed(next);
  });
  const doseLine = el('p', 'dx-dose');
  const update = () => render();
  const experiment = radioGroup(
    'experiment',
    w.experimentLegend,
    DRUG_X_EXPERIMENTS,
    (e) => w.experiments[e],
    update,
  );
  const amount = radioGroup('amount', w.amountLegend, AMOUNTS, (a) => w.amounts[a]!, update);
  const windowSelect = el('select');
  windowSelect.id = 'dx-window';
  for (const h of WINDOWS) {
    const o = el('option', '', w.windows[h]!);
    o.value = String(h);
    windowSelect.append(o);
  }
  windowSelect.addEventListener('change', () => draw());
  const windowLabel = el('label', 'dx-window', w.windowLabel);
  windowLabel.htmlFor = windowSelect.id;
  const controls = el('div', 'dx-controls');
  controls.append(experiment.fieldset, amount.fieldset, windowLabel, windowSelect);
  const experimentText = el('p', 'dx-experiment-text');
  const summary = el('div', 'dx-summary');
  summary.setAttribute('aria-live', 'polite');
  const chartsHost = el('div', 'dx-chart-host');

  const pictureBox = el('section', 'dx-picture-box');
  const pictureHeading = el('h3', '', w.pictureHeading);
  const picture = createPicture();
  const slider = el('input');
  slider.type = 'range';
  slider.id = 'dx-time';
  slider.min = '0';
  slider.max = String(WINDOWS[0]);
  slider.step = 'any';
  const sliderLabel = el('label', '', w.timeLabel);
  sliderLabel.htmlFor = slider.id;
  const pictureWords = el('p', 'dx-picture-words');
  pictureWords.setAttribute('aria-live', 'polite');
  pictureBox.append(pictureHeading, picture.svg, sliderLabel, slider, pictureWords);

  const answer = createAnswerView();
  const top = el('div', 'dx-top');
  top.append(el('p', 'dx-intro', w.intro), seedView.box, doseLine);
  const lab = el('div', 'dx-lab');
  lab.append(chartsHost, pictureBox);
  root.append(top, controls, experimentText, el('p', 'dx-dashed', w.dashed), lab, summary, answer.box);
  host.append(root);
  const charts = createDrugXCharts(chartsHost);

  let profile = drugXProfile(seed);
  let shown: Experiment | undefined;
  const cache = new Map<string, Experiment>();

  const showPicture = () => {
    if (!shown) return;
    const h = Number(slider.value);
    const run = shown.withX;
    let i = 0;
    while (i < run.t.length - 1 && run.t[i + 1]! <= h) i++;
    const s = run.shares;
    const counts = hundred({
      drugX: s.drugX[i]!,
      background: s.background[i]!,
      endorphin: s.endorphin[i]!,
      free: s.free[i]!,
    });
    const e = shown.experiment;
    const colour = e === 'naltrexone' ? LIGAND_STYLE.naltrexone.css : LIGAND_STYLE.heroin.css;
    picture.show(counts, { letter: e === 'naltrexone' ? 'N' : 'H', colour });
    const time = w.timeValue(format.fixed(h, h < 10 ? 1 : 0));
    slider.setAttribute('aria-valuetext', time);
    setText(
      pictureWords,
      w.picture(time, counts.drugX, counts.background, w.series.background[e], counts.endorphin, counts.free),
    );
    charts.cursor(h);
  };
  slider.addEventListener('input', showPicture);

  const draw = () => {
    if (!shown) return;
    const windowH = Number(windowSelect.value);
    charts.update(shown, windowH);
    slider.max = String(windowH);
    slider.step = String(windowH / 240);
    if (Number(slider.value) > windowH) slider.value = String(Math.min(windowH, DRUG_X_AT_H + 0.5));
    showPicture();
  };

  function render() {
    const e = experiment.read() as DrugXExperiment;
    const factor = Number(amount.read());
    const key = `${e}|${factor}`;
    let run = cache.get(key);
    if (!run) {
      run = runExperiment(profile, e, factor);
      cache.set(key, run);
    }
    shown = run;
    setText(experimentText, w.experimentText[e]);
    const a = run.withX;
    const b = run.withoutX;
    const r = (x: number) => Math.round(x);
    summary.replaceChildren(
      el(
        'p',
        '',
        w.summary(
          r(100 * peakOf(a.shares.drugX)),
          r(peakOf(a.euphoria)),
          r(100 * peakOf(a.breathing)),
          r(peakOf(a.cows)),
        ),
      ),
      el('p', '', w.summaryWithout(r(peakOf(b.euphoria)), r(100 * peakOf(b.breathing)), r(peakOf(b.cows)))),
    );
    root.dataset.experiment = key;
    draw();
  }

  function setSeed(next: number) {
    seed = next;
    profile = drugXProfile(seed);
    cache.clear();
    seedView.show(seed);
    setText(doseLine, w.dose(format.num(profile.mg)));
    answer.reset(profile);
    root.dataset.seed = String(seed);
    slider.value = String(DRUG_X_AT_H + 0.5);
    render();
  }

  setSeed(seed);
  return { setSeed };
}
