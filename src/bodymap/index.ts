// Where the receptors are: the body map. A picture of the four places (brain, brainstem, spinal cord,
// gut), a real radio group to choose one by keyboard, and what happens there: its job, the model's
// receptors at the timeline's cursor (one pool for the whole body, said so), how it feels there when
// the model computes it, and the side effects from the seed and the labels that belong there.
import './bodymap.css';
import { el, radio } from '../core/dom';
import { setText } from '../core/set-text';
import { sampleIndex, type Store } from '../core/store';
import { timeWording } from '../core/time-format';
import { format, strings } from '../strings/index';
import { panelStrings } from '../strings/panels';
import { createFigure, PLACES, type Place } from './figure';

const { formatMoment } = timeWording(strings.time, format.num);

export interface BodyMap {
  /** Reads the model at the cursor again (the root calls it while the map is open). */
  update(): void;
}

/** Shares of receptors at the cursor, whole percent: endorphin, opioids (full and partial), blockers, free. */
export function sharesAt(store: Store): Record<'endorphin' | 'opioid' | 'blocker' | 'free', number> {
  const { timeline: t, timeH } = store.get();
  const i = sampleIndex(t, timeH);
  const c = t.occupancy_by_class;
  const pct = (x: number) => Math.round(100 * x);
  return {
    endorphin: pct(c.endogenous[i] ?? 0),
    opioid: pct((c.agonist[i] ?? 0) + (c.partial_agonist[i] ?? 0)),
    blocker: pct(c.antagonist[i] ?? 0),
    free: pct(c.free[i] ?? 0),
  };
}

function placeChooser(onPick: (p: Place) => void) {
  const w = panelStrings.bodyMap;
  const fieldset = el('fieldset', 'bm-places');
  fieldset.append(el('legend', '', w.placesLegend));
  const inputs = new Map<Place, HTMLInputElement>();
  for (const place of PLACES) {
    const label = el('label', 'bm-choice');
    const input = radio('body-place', place, () => onPick(place));
    inputs.set(place, input);
    label.append(
      input,
      el('span', 'bm-choice-name', w.places[place].name),
      el('span', 'bm-choice-job', w.places[place].job),
    );
    fieldset.append(label);
  }
  return { fieldset, check: (p: Place) => inputs.forEach((input, q) => (input.checked = q === p)) };
}

export function mountBodyMap(host: HTMLElement, store: Store): BodyMap {
  const w = panelStrings.bodyMap;
  let place: Place = 'brain';
  const root = el('div', 'body-map');
  const intro = el('p', 'bm-intro', w.intro);
  const figure = createFigure((p) => pick(p));
  const chooser = placeChooser((p) => pick(p));

  // Not a live region: the chosen radio button already says the place, and the readings change
  // with every frame of playback. The words follow the choice in reading order.
  const detail = el('section', 'bm-detail');
  const heading = el('h3', 'bm-name');
  heading.id = 'bm-name';
  detail.setAttribute('aria-labelledby', heading.id);
  const text = el('p', 'bm-text');
  const sideHeading = el('h4', 'bm-side-heading');
  const side = el('ul', 'bm-side');
  const now = el('div', 'bm-now');
  const nowHeading = el('h4', '', w.nowHeading);
  const nowAt = el('p', 'bm-now-at');
  const shares = el('ul', 'bm-shares');
  const feel = el('p', 'bm-feel');
  now.append(nowHeading, nowAt, shares, feel, el('p', 'bm-note', w.onePool));
  detail.append(heading, text, sideHeading, side, now, el('p', 'bm-note', w.sideNote));

  const picture = el('div', 'bm-picture');
  picture.append(figure.svg, chooser.fieldset);
  root.append(intro, picture, detail);
  host.append(root);

  function showPlace() {
    const p = w.places[place];
    setText(heading, `${p.name}: ${p.job}`);
    setText(text, p.text);
    setText(sideHeading, p.sideHeading);
    side.replaceChildren(...p.side.map((s) => el('li', '', s)));
    figure.select(place);
    chooser.check(place);
    root.dataset.place = place;
  }

  function showModel() {
    const { timeline: t, timeH } = store.get();
    setText(nowAt, w.nowAt(formatMoment(timeH)));
    const s = sharesAt(store);
    const rows = (['endorphin', 'opioid', 'blocker', 'free'] as const).map((k) => w.shares[k](s[k]));
    if (shares.textContent !== rows.join('')) shares.replaceChildren(...rows.map((r) => el('li', '', r)));
    const i = sampleIndex(t, timeH);
    const f = w.feel[place];
    const value =
      place === 'brain'
        ? Math.round(t.euphoria[i] ?? 0)
        : Math.round(100 * (t.respiratory_depression[i] ?? 0));
    setText(feel, typeof f === 'string' ? f : f(value));
  }

  function pick(p: Place) {
    place = p;
    showPlace();
    showModel();
  }

  pick(place);
  return { update: showModel };
}
