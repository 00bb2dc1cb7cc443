// The narration panel: the step's title and words, the prediction's choices (real radio buttons),
// the reveal compared with the guess, and back / reveal / next. Built once and updated, so keyboard
// focus survives every change. Counsellor mode shows the plain wording, with numbers on request.
import { strings } from '../strings/index';
import { button, el, radio } from '../core/dom';
import { setProp, setText } from '../core/set-text';
import { narrationWords } from './narration-words';
import type { LessonStep, Facts } from './steps';

export interface NarrationView {
  lessonId: string;
  lessonNumber: number;
  step: LessonStep;
  index: number;
  total: number;
  phase: 'narrate' | 'awaiting' | 'guessed' | 'revealed' | 'free';
  guess: string | null;
  plain: boolean;
  facts: Facts;
  /** The next lesson's title, offered on the last step. */
  nextLesson?: string | undefined;
}

export interface NarrationHandlers {
  nextLesson(): void;
  back(): void;
  next(): void;
  reveal(): void;
  guess(choice: string): void;
  /** Opens a panel a step links to (LessonStep.open); the root decides what each one is. */
  open?(what: string): void;
}

/** The panel's elements, built once: every later change is an update in place. */
function buildPanel(host: HTMLElement, on: NarrationHandlers) {
  const t = strings.lessons.ui;
  const root = el('section', 'lesson');
  root.setAttribute('aria-labelledby', 'lesson-title');
  const meta = el('p', 'lesson-meta');
  const title = el('h2', 'lesson-title');
  title.id = 'lesson-title';
  const text = el('p', 'lesson-text');
  const openLink = button('', 'link-button lesson-open', () => {
    if (openLink.dataset.open) on.open?.(openLink.dataset.open);
  });
  const fieldset = el('fieldset', 'guess');
  const legend = el('legend', 'guess-question');
  const choices = el('div', 'guess-choices');
  fieldset.append(legend, choices);
  const outcome = el('div', 'lesson-outcome');
  outcome.setAttribute('aria-live', 'polite');
  const verdict = el('p', 'verdict');
  const reveal = el('p', 'reveal-text');
  outcome.append(verdict, reveal);
  const numbersToggle = button(t.showNumbers, 'link-button numbers-toggle');
  const numbers = el('p', 'lesson-numbers');
  const nav = el('div', 'lesson-nav');
  const back = button(t.back, 'secondary', () => on.back());
  const revealBtn = button(t.reveal, 'primary reveal-button', () => on.reveal());
  const next = button(t.next, 'primary next-button', () => on.next());
  const nextLesson = button('', 'primary next-lesson-button', () => on.nextLesson());
  const hint = el('p', 'reveal-hint', t.revealHint);
  hint.id = 'reveal-hint';
  revealBtn.setAttribute('aria-describedby', 'reveal-hint');
  nav.append(back, revealBtn, next, nextLesson);
  root.append(meta, title, text, openLink, fieldset, outcome, numbersToggle, numbers, hint, nav);
  host.append(root);
  return {
    root,
    meta,
    title,
    text,
    openLink,
    fieldset,
    legend,
    choices,
    outcome,
    verdict,
    reveal,
    numbersToggle,
    numbers,
    back,
    revealBtn,
    next,
    nextLesson,
    hint,
  };
}

/** The prediction's choices: real radio buttons, numbered for the keyboard. */
function buildChoices(
  choices: HTMLElement,
  ids: readonly string[],
  words: Readonly<Record<string, string | undefined>>,
  guess: (id: string) => void,
) {
  choices.replaceChildren();
  for (const [i, id] of ids.entries()) {
    const label = el('label', 'guess-choice');
    const input = radio('lesson-guess', id, () => guess(id));
    label.append(input, el('span', 'choice-key', String(i + 1)), el('span', 'choice-text', words[id] ?? id));
    choices.append(label);
  }
}

/** Marks the guess, and once revealed the right answer, and locks the choices. */
function markChoices(choices: HTMLElement, v: NarrationView) {
  const revealed = v.phase === 'revealed';
  for (const label of choices.querySelectorAll('label')) {
    const input = label.querySelector('input')!;
    setProp(input, 'checked', input.value === v.guess);
    setProp(input, 'disabled', revealed);
    label.classList.toggle('correct', revealed && input.value === v.step.answer);
    label.classList.toggle('chosen', input.value === v.guess);
  }
}

export function mountNarration(host: HTMLElement, on: NarrationHandlers) {
  const t = strings.lessons.ui;
  const panel = buildPanel(host, on);
  const { root, meta, title, text, openLink, fieldset, legend, choices, outcome, verdict, reveal } = panel;
  const { numbersToggle, numbers, back, revealBtn, next, nextLesson, hint } = panel;
  let showNumbers = false;
  let builtFor = '';
  numbersToggle.addEventListener('click', () => {
    showNumbers = !showNumbers;
    numbers.hidden = !showNumbers;
    numbersToggle.textContent = showNumbers ? t.hideNumbers : t.showNumbers;
    numbersToggle.setAttribute('aria-expanded', String(showNumbers));
  });

  /** On a reveal, a narration panel that scrolls (the lecture stage's) brings the answer into view:
   *  on a projector it would otherwise sit under the buttons, read by nobody. */
  const showOutcome = () => {
    const panel = root.closest<HTMLElement>('.side-panel');
    if (!panel || panel.scrollHeight <= panel.clientHeight + 1) return;
    const top = outcome.getBoundingClientRect().top - panel.getBoundingClientRect().top + panel.scrollTop;
    panel.scrollTop = Math.max(0, top - 8);
  };

  return {
    update(v: NarrationView) {
      // Written only where something changed: the panel is updated on every new timeline (its
      // numbers come from it), and rewriting the same words would restyle and re-lay them out.
      const w = narrationWords(v);
      setText(meta, w.meta);
      setText(title, w.title);
      setText(text, w.body);
      const opens = v.step.open && on.open ? t.open[v.step.open] : undefined;
      setProp(openLink, 'hidden', !opens);
      setText(openLink, opens ?? '');
      setProp(openLink.dataset, 'open', opens ? v.step.open : '');
      const key = `${v.lessonId}/${v.index}`;
      const predict = v.step.kind === 'predict';
      setProp(fieldset, 'hidden', !predict);
      if (predict && builtFor !== key)
        buildChoices(choices, v.step.choices ?? [], w.choices, (id) => on.guess(id));
      builtFor = key;
      setText(legend, w.question);
      const revealed = v.phase === 'revealed';
      markChoices(choices, v);
      setProp(outcome, 'hidden', !revealed);
      setText(verdict, w.verdict);
      verdict.classList.toggle('right', w.right);
      setText(reveal, w.reveal);
      setProp(numbersToggle, 'hidden', !w.numbers);
      setText(numbers, w.numbers);
      setProp(numbers, 'hidden', !w.numbers || !showNumbers);
      setProp(back, 'disabled', v.index === 0);
      setProp(revealBtn, 'hidden', !predict || revealed);
      setProp(revealBtn, 'disabled', v.phase !== 'guessed');
      setProp(hint, 'hidden', !predict || v.phase !== 'awaiting');
      setProp(next, 'hidden', v.index >= v.total - 1);
      // The last step leads on to the next lesson (none after the last).
      setProp(nextLesson, 'hidden', !next.hidden || !v.nextLesson);
      setText(nextLesson, v.nextLesson ? t.nextLesson(v.nextLesson) : '');
      setProp(next, 'disabled', predict && !revealed);
      const justRevealed = revealed && root.dataset.phase !== 'revealed';
      setProp(root.dataset, 'phase', v.phase);
      if (justRevealed) showOutcome();
    },
  };
}
