// The header's controls: the audience switch (three real radio buttons, one click), the information
// dialogs and the panels beyond the lessons (behind "More"), the share link, and full screen for the
// lecture hall. One row on a laptop: the lesson picker sits with the narration, playing with the
// play bar, printing in the counsellor's panel.
import { strings } from '../strings/index';
import { button, el, radio } from '../core/dom';
import type { AudienceMode } from '../core/store';
import { moreList } from './header-more';
import './header.css';
import { MODES } from './modes';

export interface HeaderActions {
  setMode(mode: AudienceMode): void;
  about(): void;
  model(): void;
  share(): void;
  shortcuts(): void;
  /** Opens a panel beyond the lessons: 'body-map', 'explorer', 'drug-x'. */
  open(panel: string): void;
  fullscreen(): void;
}

export interface Header {
  /** Shows `mode` (the shell calls it with each mode it applies; the machine's snapshot then still
   *  shows the mode before). */
  sync(mode: AudienceMode): void;
}

export function mountHeader(host: HTMLElement, mode: () => AudienceMode, on: HeaderActions): Header {
  const s = strings.app;

  const modes = el('fieldset', 'mode-switch');
  modes.append(el('legend', 'visually-hidden', s.modes.label));
  const radios = new Map<AudienceMode, HTMLInputElement>();
  for (const mode of MODES) {
    const label = el('label', `mode-option mode-${mode}`);
    label.title = s.modes[`${mode}Hint`];
    const input = radio('audience-mode', mode, () => on.setMode(mode));
    radios.set(mode, input);
    label.append(input, el('span', '', s.modes[mode]));
    modes.append(label);
  }

  const tools = el('div', 'header-tools');
  const full = button(s.menu.fullscreen, 'lecture-only', () => on.fullscreen());
  const about = button(s.menu.about, '', () => on.about());
  const model = button(s.menu.model, 'not-counsellor', () => on.model());
  const bodyMap = button(s.menu.bodyMap, 'open-body-map', () => on.open('body-map'));
  const explorer = button(s.menu.explorer, 'open-explorer not-counsellor', () => on.open('explorer'));
  const drugX = button(s.menu.drugX, 'open-drug-x not-counsellor', () => on.open('drug-x'));
  const share = button(s.menu.share, '', () => on.share());
  const keys = button('?', 'shortcuts-button', () => on.shortcuts());
  keys.setAttribute('aria-label', s.menu.shortcuts);
  keys.title = s.menu.shortcuts;
  // The dialogs and panels behind one "More" button: the header keeps to one row.
  const more = moreList(s.menu.more, [about, model, bodyMap, explorer, drugX]);
  tools.append(full, more, share, keys);
  host.append(modes, tools);

  const sync = (current = mode()) => {
    for (const [m, r] of radios) r.checked = m === current;
    full.textContent = document.fullscreenElement ? s.menu.exitFullscreen : s.menu.fullscreen;
  };
  document.addEventListener('fullscreenchange', () => sync());
  sync();
  return { sync };
}

/** Full screen on a user's click; browsers that refuse (or lack the API) simply stay as they are. */
export function toggleFullscreen(): void {
  const doc = document;
  if (doc.fullscreenElement) void doc.exitFullscreen?.().catch(() => undefined);
  else void doc.documentElement.requestFullscreen?.().catch(() => undefined);
}
