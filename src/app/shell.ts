// The app shell: the audience modes (the machine is the one holder of the mode; applying one sets
// the body attribute and theme, tells the views and remembers a user's choice), the header with the
// language switch, the share and shortcut dialogs, the page's own keys, and the address kept in step
// with the view.
import { createActor } from 'xstate';
import type { AudienceMode, Store } from '../core/store';
import type { LessonsApi } from '../lessons/index';
import type { Explore } from './explore';
import { mountHeader, toggleFullscreen, type Header } from './header';
import { languageSwitch, switchLanguage, type Carried } from './language';
import { modeMachine, modeOf, rememberMode, themeOf, type ModeView } from './modes';
import { attachPageKeys, createShortcutsDialog } from './page-keys';
import { createShareDialog } from './share';
import { applyTheme } from './theme-vars';
import { syncUrl } from './url-sync';

export interface ShellOptions {
  headerHost: HTMLElement;
  lessons: LessonsApi;
  initialMode: Partial<ModeView>;
  /** Tells the views that show the mode differently (the charts, the narration). */
  onMode(mode: AudienceMode): void;
  about(): void;
  model(): void;
  /** What a language switch carries over besides the address (the counsellor's dates). */
  carry(): Carried;
  /** The panels beyond the lessons: opened from the header; Drug X's seed goes in the address. */
  explore: Explore;
}

export interface Shell {
  /** The mode shown: the modes machine's state. */
  mode(): AudienceMode;
  setMode(mode: AudienceMode, remember?: boolean): void;
}

export function mountShell(store: Store, o: ShellOptions): Shell {
  let userChoice = false;
  // Mounted after the first mode is applied (the header shows it), so applying reaches them late.
  const later: { header?: Header; url?: { soon(): void } } = {};
  const modes = createActor(
    modeMachine.provide({
      actions: {
        apply: (_, c) => {
          document.body.dataset.mode = c.mode;
          applyTheme(themeOf(c));
          if (userChoice) rememberMode(c);
          o.onMode(c.mode);
          later.header?.sync(c.mode);
          later.url?.soon();
        },
      },
    }),
    { input: { projector: o.initialMode.projector ?? false } },
  );
  const mode = () => modeOf(modes.getSnapshot().value);
  const setMode = (next: AudienceMode, remember = true) => {
    userChoice = remember;
    modes.send({ type: 'SET_MODE', mode: next });
  };
  modes.start();
  setMode(o.initialMode.mode ?? 'student', false);

  const sync = syncUrl(store, o.lessons, mode, () => o.explore.drugXSeed());
  o.explore.onChange(sync.soon);
  later.url = sync;
  const shortcuts = createShortcutsDialog();
  const header = mountHeader(o.headerHost, mode, {
    setMode,
    about: o.about,
    model: o.model,
    share: createShareDialog(sync.writeUrl),
    shortcuts: () => shortcuts.toggle(),
    open: o.explore.open,
    fullscreen: toggleFullscreen,
  });
  const languages = languageSwitch((next) =>
    switchLanguage(next, { writeUrl: sync.writeUrl, carry: o.carry }),
  );
  // Last among the header's tools, so it flows with them when the header wraps (a phone, Spanish).
  (o.headerHost.querySelector('.header-tools') ?? o.headerHost).append(languages);
  later.header = header;
  attachPageKeys({ lessons: o.lessons, shortcuts: shortcuts.toggle, fullscreen: toggleFullscreen, setMode });
  return { mode, setMode };
}
