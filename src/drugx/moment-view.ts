// "Receptors at the chosen time": the hundred squares, the time slider under them and the picture
// in words, read out. The slider spans the charts' window; moving it also moves the charts' cursor.
import { DRUG_X_AT_H } from '../../sim/index';
import { el } from '../core/dom';
import { setText } from '../core/set-text';
import { panelStrings } from '../strings/panels';
import { WINDOWS } from './choices';
import { momentAt } from './moment';
import { createPicture } from './picture';
import type { Experiment } from './runs';

/** Half an hour after Drug X is given: where the slider starts, and goes back to. */
const FIRST_LOOK_H = DRUG_X_AT_H + 0.5;

/** The picture's box; `onTime` moves the charts' cursor to the hour chosen. */
export function createMomentView(onTime: (h: number) => void) {
  const w = panelStrings.drugX;
  const box = el('section', 'dx-picture-box');
  const heading = el('h3', '', w.pictureHeading);
  const picture = createPicture();
  const slider = el('input');
  slider.type = 'range';
  slider.id = 'dx-time';
  slider.min = '0';
  slider.max = String(WINDOWS[0]);
  slider.step = 'any';
  const sliderLabel = el('label', '', w.timeLabel);
  sliderLabel.htmlFor = slider.id;
  const words = el('p', 'dx-picture-words');
  words.setAttribute('aria-live', 'polite');
  box.append(heading, picture.svg, sliderLabel, slider, words);

  let shown: Experiment | undefined;
  const show = () => {
    if (!shown) return;
    const h = Number(slider.value);
    const m = momentAt(shown, h);
    picture.show(m.counts, m.background);
    slider.setAttribute('aria-valuetext', m.time);
    setText(words, m.words);
    onTime(h);
  };
  slider.addEventListener('input', show);
  return {
    box,
    /** Shows `e` over a window of `windowH` hours (the slider brought back into it). */
    show(e: Experiment, windowH: number) {
      shown = e;
      slider.max = String(windowH);
      slider.step = String(windowH / 240);
      if (Number(slider.value) > windowH) slider.value = String(Math.min(windowH, FIRST_LOOK_H));
      show();
    },
    /** Back to the first look, for a new drug. */
    rewind() {
      slider.value = String(FIRST_LOOK_H);
    },
  };
}
