// The reading slider under the explorer's charts: it picks one of the swept doses, draws the charts'
// cursor there and reads every curve shown at that dose, out loud. It starts at the usual dose.
import { el } from '../core/dom';
import { setText } from '../core/set-text';
import { panelStrings } from '../strings/panels';
import { formatDose, pct } from './format';
import type { Exploration } from './model';
import { SWEEP } from './sweep';

/** The swept dose nearest the usual one: the sweep runs evenly on a log scale from `lowFactor`
 *  times the usual dose to `highFactor` times it. */
export function usualDoseIndex(): number {
  return Math.round(
    ((SWEEP.count - 1) * Math.log(1 / SWEEP.lowFactor)) / Math.log(SWEEP.highFactor / SWEEP.lowFactor),
  );
}

/** The reading at the `i`th swept dose: the dose, in words, and each curve's euphoria and breathing
 *  lost there (the comparison curves once they are computed). */
export function readingAt(e: Exploration, i: number): { mg: number; dose: string; text: string } {
  const w = panelStrings.explorer;
  const mg = e.curve.doses[i]!;
  const curves = [
    ['state', e.curve],
    ['sameDay', e.sameDay],
    ['tolerant', e.tolerant],
  ] as const;
  const rows = curves.flatMap(([name, c]) =>
    c ? [w.readoutRow(w.curves[name], Math.round(c.euphoria[i]!), pct(c.breathing[i]!))] : [],
  );
  return { mg, dose: formatDose(mg), text: w.readout(formatDose(mg), rows.join('; ')) };
}

/** The slider row; `onDose` moves the charts' cursor to the dose read. */
export function createDoseCursor(onDose: (mg: number) => void) {
  const w = panelStrings.explorer;
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
  const row = el('div', 'ex-cursor');
  row.append(sliderLabel, slider, readout);

  let shown: Exploration | undefined;
  const read = () => {
    if (!shown) return;
    const reading = readingAt(shown, Number(slider.value));
    onDose(reading.mg);
    slider.setAttribute('aria-valuetext', reading.dose);
    setText(readout, reading.text);
  };
  slider.addEventListener('input', read);
  return {
    row,
    /** Reads `e` where the slider is (first moved to the usual dose, `atUsualDose`). */
    show(e: Exploration, atUsualDose: boolean) {
      shown = e;
      if (atUsualDose) slider.value = String(usualDoseIndex());
      read();
    },
  };
}
