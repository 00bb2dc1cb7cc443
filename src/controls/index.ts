// The dose panel: give a dose, list and remove doses, save and open the scenario. Every change goes
// through the pure edits of dose-edit.ts into store.setScenario, which recomputes the timeline at once;
// the charts and the scene redraw in the next frame, the list of doses and the status line just after
// it is painted (core/after-paint.ts).
import './controls.css';
import { afterPaint } from '../core/after-paint';
import type { Store } from '../core/store';
import { strings } from '../strings/index';
import { addDose, doseSpan } from './dose-edit';
import { createDoseForm } from './dose-form';
import { createDoseList } from './dose-list';
import { createScenarioFile } from './scenario-file';
import { describeDose, formatMoment } from './dose-text';

const S = strings.timeline.dose;

/** Removing a dose is the composition root's (the timeline's track removes doses too). */
export interface DosePanelEdits {
  removeDose(index: number): boolean;
}

export function mountDosePanel(host: HTMLElement, store: Store, edits: DosePanelEdits): void {
  const panel = host.appendChild(document.createElement('section'));
  panel.className = 'dp';
  panel.setAttribute('aria-labelledby', 'dp-title');
  const h2 = panel.appendChild(document.createElement('h2'));
  h2.id = 'dp-title';
  h2.className = 'panel-title';
  h2.textContent = S.title;
  const status = document.createElement('p');
  status.className = 'dp-status';
  status.setAttribute('role', 'status');
  const show = (text: string, bad = false) => {
    status.textContent = text;
    status.classList.toggle('dp-status--bad', bad);
  };
  // The frame that answers a dose is the charts' and the scene's: the words that describe the change
  // (the list of doses and the status line) follow just after that frame is painted.
  let news: string | undefined;
  const words = afterPaint(() => {
    list.update(store.get().scenario.doses);
    if (news !== undefined) show(news);
    news = undefined;
  });
  const say = (text: string, bad = false) => {
    news = undefined;
    show(text, bad);
  };

  const form = createDoseForm(
    (dose) => {
      const s = store.get().scenario;
      const span = doseSpan(s);
      if (!(dose.at_h >= span.min && dose.at_h <= span.max)) {
        say(
          `${S.refused} ${S.outside.replace('{from}', formatMoment(span.min)).replace('{to}', formatMoment(span.max))}`,
          true,
        );
        return;
      }
      const r = addDose(s, dose);
      if (!r.ok) {
        say(`${S.refused} ${r.errors.map(strings.app.notes.problem).join('; ')}`, true);
        return;
      }
      const t0 = performance.now();
      store.setScenario(r.scenario);
      // The engine and every view's synchronous update, for the benchmark.
      panel.dataset.recomputeMs = (performance.now() - t0).toFixed(2);
      news = (form.warned() ? S.givenLarge : S.given).replace('{dose}', describeDose(dose));
      words.schedule();
    },
    () => doseSpan(store.get().scenario),
  );
  const list = createDoseList((i) => edits.removeDose(i));
  const file = createScenarioFile(
    () => store.get().scenario,
    (s) => store.setScenario(s),
    (text) => say(text),
  );
  panel.append(form.el, status, list.el, file.el);
  // A Remove button acts on the dose it shows: bring the list up to date before any press lands.
  for (const type of ['pointerdown', 'keydown']) list.el.addEventListener(type, words.flush, true);

  store.subscribe((state, changed) => {
    if (changed.has('timeH')) form.setCursor(state.timeH);
    if (changed.has('scenario')) words.schedule();
  });
  form.setCursor(store.get().timeH, true);
  list.update(store.get().scenario.doses);
}
