// "About naltrexone": forms, names, doses, side effects and the liver, in the app's own words
// (strings.lessons.info.about), one heading per topic.
import { button, el } from '../core/dom';
import { strings } from '../strings/index';

export function renderAbout(host: HTMLElement, bodyMap?: () => void): void {
  // The body map (issue 15): where the receptors are, and which side effects belong where.
  if (bodyMap) host.append(button(strings.lessons.info.bodyMapLink, 'link-button about-body-map', bodyMap));
  for (const { heading, text } of strings.lessons.info.about) {
    const section = el('section', 'about-topic');
    section.append(el('h3', '', heading), el('p', '', text));
    host.append(section);
  }
  host.append(el('p', 'dialog-footnote', strings.app.disclaimer));
}
