// The "give a dose" form: drug, route, amount (with the usual amounts one click away), now or at a
// chosen day and time, once or repeated. Real form controls with labels; Enter submits. The form only
// builds a DoseEvent; the caller adds it to the scenario. A problem is named beside its field in plain
// words and the field is marked (dose-check.ts); an amount above what people take is given, with a
// warning beside the amount.
import type { DoseEvent, Drug, Route } from '../../sim/index';
import { strings } from '../strings/index';
import { checkDose, largeDoseWarning, type DoseField } from './dose-check';
import { fieldNote, repeatFields, whatFields, whenFields } from './dose-fields';

const S = strings.timeline.dose;

export interface DoseForm {
  el: HTMLFormElement;
  /** The warning beside the amount of the dose just given, if any (for the panel's status). */
  warned(): boolean;
  /** Keeps "now" and the time fields in step with the cursor: at once with `now`, else once it rests. */
  setCursor(h: number, now?: boolean): void;
}

/** How long the cursor rests before the form's picture of it follows, ms. */
const FOLLOW_MS = 150;

type Notes = Record<DoseField, ReturnType<typeof fieldNote>>;

/** The amount's warning while it is typed or chosen: above what people take, the dose is still given. */
function amountWarning(what: ReturnType<typeof whatFields>, notes: Notes) {
  let warned = false;
  const warn = () => {
    const text = largeDoseWarning(
      what.drug.value as Drug,
      what.route.value as Route,
      parseFloat(what.mg.value),
    );
    warned = !!text;
    notes.amount(text, 'warning');
  };
  for (const c of [what.mg, what.drug, what.route]) c.addEventListener('input', warn);
  for (const c of [what.drug, what.route]) c.addEventListener('change', warn);
  what.amount.addEventListener('click', () => queueMicrotask(warn)); // the usual-amount chips
  return { warn, warned: () => warned };
}

/**
 * The form's picture of the cursor (the label and the greyed time fields). While the cursor is
 * scrubbed or played it waits until the cursor rests: rewriting the time field rebuilds its parts,
 * and doing that in the middle of a scrub would add a layout to the frames that answer it.
 */
function cursorFollower(when: ReturnType<typeof whenFields>, repeat: ReturnType<typeof repeatFields>) {
  const show = (h: number) => {
    const totalMin = Math.round(h * 60);
    const d = Math.floor(totalMin / 1440);
    if (when.show(h, d, totalMin - d * 1440)) repeat.follow(d);
  };
  let following: ReturnType<typeof setTimeout> | undefined;
  return (h: number, now: boolean) => {
    clearTimeout(following);
    if (now) show(h);
    else following = setTimeout(() => show(h), FOLLOW_MS);
  };
}

export function createDoseForm(
  onGive: (dose: DoseEvent) => void,
  span: () => { min: number; max: number },
): DoseForm {
  const form = document.createElement('form');
  form.className = 'dp-form';
  form.noValidate = true;
  const what = whatFields();
  const when = whenFields();
  const repeat = repeatFields();
  const give = document.createElement('button');
  give.type = 'submit';
  give.className = 'dp-give';
  give.textContent = S.give;
  form.append(...what.elements, when.el, repeat.el, give);
  const controls: Record<DoseField, HTMLInputElement> = {
    amount: what.mg,
    every: repeat.every,
    until: repeat.until,
    day: when.day,
    time: when.clock,
  };
  const notes = Object.fromEntries(
    Object.entries(controls).map(([k, c]) => [
      k,
      fieldNote(c, k === 'amount' ? (what.amount.lastElementChild as HTMLElement) : c),
    ]),
  ) as Notes;
  const amount = amountWarning(what, notes);
  const follow = cursorFollower(when, repeat);

  let cursor = 0;
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const dose: DoseEvent = { ...what.read(), at_h: when.atH(cursor) };
    const problems = checkDose(
      {
        ...what.read(),
        atH: dose.at_h,
        chosen: when.chosen(),
        day: parseFloat(when.day.value),
        clock: when.clock.value,
        repeat: repeat.raw(),
      },
      span(),
    );
    for (const f of Object.keys(notes) as DoseField[]) if (f !== 'amount') notes[f](null);
    amount.warn();
    for (const p of problems) notes[p.field](p.message);
    if (problems.length) {
      controls[problems[0]!.field].focus();
      return;
    }
    const r = repeat.read();
    if (r) Object.assign(dose, r);
    onGive(dose);
  });

  return {
    el: form,
    warned: amount.warned,
    setCursor(h, now = false) {
      cursor = h;
      // The dose itself is always given at the cursor as it is now; only the form's picture of it
      // waits for the cursor to rest (the frames that answer a scrub are for the charts and the scene).
      follow(h, now);
    },
  };
}
