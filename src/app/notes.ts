// Notes the page must tell the user about, such as parts of a link it could not use: an alert
// region above the main view, each note with its own dismiss button.
import { strings } from '../strings/index';
import { button, el } from '../core/dom';

export interface Notes {
  show(heading: string, lines: readonly string[]): void;
}

export function mountNotes(host: HTMLElement): Notes {
  host.classList.add('notes');
  host.setAttribute('role', 'alert');
  return {
    show(heading, lines) {
      if (!lines.length) return;
      const note = el('div', 'note');
      const text = el('div', 'note-text');
      text.append(el('p', 'note-heading', heading));
      const list = el('ul');
      for (const line of lines.slice(0, 8)) list.append(el('li', '', line));
      if (lines.length > 8) list.append(el('li', '', '...'));
      text.append(list);
      const dismiss = button(strings.app.notes.dismiss, 'note-dismiss', () => note.remove());
      note.append(text, dismiss);
      host.append(note);
    },
  };
}
