// "About naltrexone": forms, names, doses, side effects and the liver, in the app's own words
// (strings.lessons.info.about), one heading per topic.
import { el } from '../core/dom';
import { strings } from '../strings/index';

export function renderAbout(host: HTMLElement): void {
  for (const { heading, text } of strings.lessons.info.about) {
    const section = el('section', 'about-topic');
    section.append(el('h3', '', heading), el('p', '', text));
    host.append(section);
  }
  host.append(el('p', 'dialog-footnote', strings.app.disclaimer));
}
