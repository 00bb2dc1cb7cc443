// The header's "More" list: the information dialogs and the panels beyond the lessons behind one
// button, so the header keeps to one row on a laptop and a projector (issue 14: at 1024x768 it took
// four rows). A disclosure (a button with aria-expanded and the list it shows), not an ARIA menu:
// the items are plain buttons reached by Tab. The list stays open while a dialog it opened is up,
// so closing the dialog gives the focus back to the item; it closes on Escape, on a second press of
// the button, and when the focus or a click goes anywhere else.
import { button, el } from '../core/dom';

export function moreList(label: string, items: HTMLButtonElement[]): HTMLElement {
  const wrap = el('div', 'header-more');
  const list = el('div', 'header-more-list');
  list.id = 'header-more-list';
  list.hidden = true;
  list.append(...items);
  const toggle = button(label, 'header-more-button', () => show(!isOpen()));
  toggle.setAttribute('aria-expanded', 'false');
  toggle.setAttribute('aria-controls', list.id);
  const isOpen = () => toggle.getAttribute('aria-expanded') === 'true';
  const show = (open: boolean) => {
    list.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
  };
  // Anywhere but the list, its button or a dialog one of its items opened closes it.
  const stays = (node: EventTarget | null) =>
    node instanceof Node && (wrap.contains(node) || !!document.querySelector('dialog[open]'));
  wrap.addEventListener('focusout', (e) => {
    if (isOpen() && e.relatedTarget && !stays(e.relatedTarget)) show(false);
  });
  document.addEventListener('pointerdown', (e) => {
    if (isOpen() && !stays(e.target)) show(false);
  });
  wrap.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || !isOpen()) return;
    e.stopPropagation();
    show(false);
    toggle.focus();
  });
  wrap.append(toggle, list);
  return wrap;
}
