// Naltrexone and alcohol, in the counsellor's view (issue 15, part 1): what it can do (a small help
// to drink less, no cure), what it does not do (no sick reaction, no less drunk, no protection), and
// the one danger to say out loud (alcohol adds to an opioid's slowing of breathing, worst after
// stopping naltrexone). Calm on purpose: the red "Keep safe" box beside it carries the alarms. Every
// sentence has its source in docs/sources.md; the engine shows the same in lesson 9.
import { el } from '../core/dom';
import { strings } from '../strings/index';
import './alcohol.css';

export function renderAlcohol(host: HTMLElement): HTMLElement {
  const a = strings.lessons.counsellor.alcohol;
  const box = el('section', 'counsellor-alcohol');
  box.setAttribute('aria-labelledby', 'alcohol-heading');
  const h = el('h3', '', a.heading);
  h.id = 'alcohol-heading';
  const doesNot = el('ul', 'alcohol-does-not');
  doesNot.append(...a.doesNot.map((line) => el('li', '', line)));
  box.append(
    h,
    el('p', 'alcohol-helps', a.helps.join(' ')),
    doesNot,
    el('p', 'alcohol-breathing', a.breathing.join(' ')),
  );
  host.append(box);
  return box;
}
