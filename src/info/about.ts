// "About naltrexone": forms, names, doses, side effects and the liver, in the app's own words
// (about in src/strings/en-info.ts), one heading per topic. Fetched when the dialog first opens.
import { button, el } from '../core/dom';
import { strings } from '../strings/index';
import { infoStrings } from '../strings/info';

export function renderAbout(host: HTMLElement, bodyMap?: () => void): void {
  // The body map (issue 15): where the receptors are, and which side effects belong where.
  if (bodyMap) host.append(button(strings.lessons.info.bodyMapLink, 'link-button about-body-map', bodyMap));
  for (const { heading, text } of infoStrings.about) {
    const section = el('section', 'about-topic');
    section.append(el('h3', '', heading), el('p', '', text));
    host.append(section);
  }
  host.append(el('p', 'dialog-footnote', strings.app.disclaimer));
}
