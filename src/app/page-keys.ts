// The page's own keys (the timeline has its own for playback): ? for the shortcuts, n/b/r and 1-3
// for the lesson, f for full screen, s/l/c for the audience. Ignored while typing in a field or
// while a dialog is open (except ? to close the shortcuts).
import { createDialog, el } from '../core/dom';
import type { AudienceMode } from '../core/store';
import type { LessonsApi } from '../lessons/index';
import { strings } from '../strings/index';

/** The shortcuts dialog, listing every key. */
export function createShortcutsDialog(): { toggle(): void } {
  const dialog = createDialog(strings.app.shortcuts.title, strings.app.dialog.close, 'shortcuts-dialog');
  const list = el('dl', 'shortcut-list');
  for (const [key, what] of strings.app.shortcuts.keys) list.append(el('dt', '', key), el('dd', '', what));
  dialog.body.append(list);
  return dialog;
}

/** Whether a key press belongs to a control that types or chooses (not to the page). */
function typing(e: KeyboardEvent): boolean {
  const target = e.target as HTMLElement | null;
  const tag = target?.tagName?.toLowerCase();
  if (tag === 'input' && (target as HTMLInputElement).type !== 'radio') return true;
  return tag === 'textarea' || tag === 'select' || !!target?.isContentEditable;
}

export interface PageKeyActions {
  lessons: LessonsApi;
  shortcuts(): void;
  fullscreen(): void;
  setMode(mode: AudienceMode): void;
}

export function attachPageKeys(on: PageKeyActions): void {
  const act: Record<string, () => void> = {
    '?': on.shortcuts,
    n: () => on.lessons.next(),
    b: () => on.lessons.back(),
    r: () => on.lessons.reveal(),
    f: on.fullscreen,
    s: () => on.setMode('student'),
    l: () => on.setMode('lecture'),
    c: () => on.setMode('counsellor'),
    '1': () => on.lessons.choose(1),
    '2': () => on.lessons.choose(2),
    '3': () => on.lessons.choose(3),
  };
  document.addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented || typing(e)) return;
    if (document.querySelector('dialog[open]') && e.key !== '?') return;
    const k = e.key;
    const run = act[k.length === 1 ? k.toLowerCase() : k] ?? (k === '?' ? act['?'] : undefined);
    if (!run) return;
    e.preventDefault();
    run();
  });
}
