// The app shell: audience modes (machine, body attributes, theme, remembered choice), the header,
// the share and shortcut dialogs, the page's own keys, and keeping the address in step with what is
// shown so that a copied link reproduces the view.
import { createActor } from 'xstate';
import { strings } from '../strings/index';
import type { LessonsApi } from '../lessons/index';
import { createDialog, el } from '../core/dom';
import { mountHeader, toggleFullscreen } from './header';
import { modeMachine, rememberMode, themeOf, type ModeContext } from './modes';
import type { AudienceMode, Store } from '../core/store';
import { applyTheme } from './theme-vars';
import { toSearch, type UrlState } from './url-state';

export interface ShellOptions {
  headerHost: HTMLElement;
  lessons: LessonsApi;
  initialMode: Partial<ModeContext>;
  about(): void;
  model(): void;
  print(): void;
}

export function mountShell(store: Store, o: ShellOptions) {
  let userChoice = false;
  const modes = createActor(
    modeMachine.provide({
      actions: {
        apply: (_, c) => {
          document.body.dataset.mode = c.mode;
          applyTheme(themeOf(c));
          const { prefs, mode } = store.get();
          if (mode !== c.mode || prefs.projector !== c.projector)
            store.set({ mode: c.mode, prefs: { ...prefs, projector: c.projector } });
          if (userChoice) rememberMode(c);
        },
      },
    }),
    { input: o.initialMode },
  );
  modes.start();
  const setMode = (mode: AudienceMode, remember = true) => {
    userChoice = remember;
    modes.send({ type: 'SET_MODE', mode });
  };

  const shareDialog = createDialog(strings.app.menu.share, strings.app.dialog.close, 'share-dialog');
  const shareStatus = el('p', 'share-status');
  shareStatus.setAttribute('aria-live', 'polite');
  const shareLabel = el('label', 'share-label', strings.app.share.manual);
  const shareField = el('input', 'share-field');
  shareField.readOnly = true;
  shareField.id = 'share-link';
  shareLabel.htmlFor = 'share-link';
  shareDialog.body.append(shareStatus, shareLabel, shareField);
  const share = () => {
    writeUrl();
    shareField.value = location.href;
    shareStatus.textContent = '';
    shareDialog.open();
    shareField.focus();
    shareField.select();
    navigator.clipboard
      ?.writeText(location.href)
      .then(() => (shareStatus.textContent = strings.app.share.copied))
      .catch(() => undefined);
  };

  const keysDialog = createDialog(strings.app.shortcuts.title, strings.app.dialog.close, 'shortcuts-dialog');
  const list = el('dl', 'shortcut-list');
  for (const [key, what] of strings.app.shortcuts.keys) list.append(el('dt', '', key), el('dd', '', what));
  keysDialog.body.append(list);

  const header = mountHeader(o.headerHost, store, {
    setMode,
    about: o.about,
    model: o.model,
    share,
    shortcuts: () => keysDialog.toggle(),
    print: o.print,
    fullscreen: toggleFullscreen,
  });
  // The lesson picker lives in the header, beside the title.
  const picker = document.querySelector('.lesson-picker');
  if (picker) header.lessonSlot.append(picker);

  document.addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
    const target = e.target as HTMLElement | null;
    const tag = target?.tagName?.toLowerCase();
    if (tag === 'input' && (target as HTMLInputElement).type !== 'radio') return;
    if (tag === 'textarea' || tag === 'select' || target?.isContentEditable) return;
    if (document.querySelector('dialog[open]') && e.key !== '?') return;
    const k = e.key;
    const act: Record<string, () => void> = {
      '?': () => keysDialog.toggle(),
      n: () => o.lessons.next(),
      b: () => o.lessons.back(),
      r: () => o.lessons.reveal(),
      f: toggleFullscreen,
      s: () => setMode('student'),
      l: () => setMode('lecture'),
      c: () => setMode('counsellor'),
      '1': () => o.lessons.choose(1),
      '2': () => o.lessons.choose(2),
      '3': () => o.lessons.choose(3),
    };
    const run = act[k.length === 1 ? k.toLowerCase() : k] ?? (k === '?' ? act['?'] : undefined);
    if (!run) return;
    e.preventDefault();
    run();
  });

  // The address follows the view (replaceState: no history entry per step or per frame).
  const state = (): UrlState => {
    const l = o.lessons;
    const { mode, timeH, scenario } = store.get();
    return {
      lesson: l.lessonId,
      step: l.index + 1,
      ...(l.guess && l.step.kind === 'predict' ? { guess: l.guess } : {}),
      mode,
      t: timeH,
      ...(l.showsStepScenario() ? {} : { scenario }),
    };
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  function writeUrl() {
    clearTimeout(timer);
    timer = undefined;
    const search = toSearch(state(), o.lessons.stepScenario(o.lessons.lessonId, o.lessons.index));
    if (search !== location.search) history.replaceState(history.state, '', `${location.pathname}${search}`);
  }
  const soon = () => {
    timer ??= setTimeout(writeUrl, 400);
  };
  o.lessons.onChange(soon);
  store.subscribe((_, changed) => {
    if (changed.has('timeH') || changed.has('scenario') || changed.has('mode')) soon();
  });

  return { setMode, share, writeUrl };
}
