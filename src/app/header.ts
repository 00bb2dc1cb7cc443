// The header's controls: the audience switch (three real radio buttons, one click), the information
// dialogs, the share link, and the mode-specific extras: full screen and a big play button for the
// lecture hall, the printable take-away for the counsellor.
import { strings } from '../strings/index';
import { button, el } from '../core/dom';
import type { Playback } from '../core/playback';
import type { AudienceMode } from '../core/store';
import { MODES } from './modes';

export interface HeaderActions {
  setMode(mode: AudienceMode): void;
  about(): void;
  model(): void;
  share(): void;
  shortcuts(): void;
  print(): void;
  /** Opens a panel beyond the lessons: 'body-map', 'explorer', 'drug-x'. */
  open(panel: string): void;
  fullscreen(): void;
}

export interface Header {
  /** Where the lesson picker goes, beside the title. */
  lessonSlot: HTMLElement;
  /** Shows `mode` (the shell calls it with each mode it applies; the machine's snapshot then still
   *  shows the mode before). */
  sync(mode: AudienceMode): void;
}

export function mountHeader(
  host: HTMLElement,
  mode: () => AudienceMode,
  playback: Playback,
  on: HeaderActions,
): Header {
  const s = strings.app;
  const lessonSlot = el('div', 'lesson-slot');

  const modes = el('fieldset', 'mode-switch');
  modes.append(el('legend', 'visually-hidden', s.modes.label));
  const radios = new Map<AudienceMode, HTMLInputElement>();
  for (const mode of MODES) {
    const label = el('label', `mode-option mode-${mode}`);
    label.title = s.modes[`${mode}Hint`];
    const input = el('input');
    input.type = 'radio';
    input.name = 'audience-mode';
    input.value = mode;
    input.addEventListener('change', () => input.checked && on.setMode(mode));
    radios.set(mode, input);
    label.append(input, el('span', '', s.modes[mode]));
    modes.append(label);
  }

  const tools = el('div', 'header-tools');
  const play = button(s.menu.play, 'big-play lecture-only', () => playback.send({ type: 'TOGGLE' }));
  play.setAttribute('aria-pressed', 'false');
  const full = button(s.menu.fullscreen, 'lecture-only', () => on.fullscreen());
  const print = button(s.menu.print, 'counsellor-only', () => on.print());
  const about = button(s.menu.about, '', () => on.about());
  const model = button(s.menu.model, 'not-counsellor', () => on.model());
  const bodyMap = button(s.menu.bodyMap, 'open-body-map', () => on.open('body-map'));
  const explorer = button(s.menu.explorer, 'open-explorer not-counsellor', () => on.open('explorer'));
  const drugX = button(s.menu.drugX, 'open-drug-x not-counsellor', () => on.open('drug-x'));
  const share = button(s.menu.share, '', () => on.share());
  const keys = button('?', 'shortcuts-button', () => on.shortcuts());
  keys.setAttribute('aria-label', s.menu.shortcuts);
  keys.title = s.menu.shortcuts;
  tools.append(play, full, print, about, model, bodyMap, explorer, drugX, share, keys);
  host.append(lessonSlot, modes, tools);

  let shownPlaying: boolean | undefined;
  const sync = (current = mode()) => {
    for (const [m, r] of radios) r.checked = m === current;
    full.textContent = document.fullscreenElement ? s.menu.exitFullscreen : s.menu.fullscreen;
  };
  const syncPlay = () => {
    if (playback.playing === shownPlaying) return;
    shownPlaying = playback.playing;
    play.textContent = shownPlaying ? s.menu.pause : s.menu.play;
    play.setAttribute('aria-pressed', String(shownPlaying));
  };
  playback.subscribe(syncPlay);
  document.addEventListener('fullscreenchange', () => sync());
  sync();
  syncPlay();
  return { lessonSlot, sync };
}

/** Full screen on a user's click; browsers that refuse (or lack the API) simply stay as they are. */
export function toggleFullscreen(): void {
  const doc = document;
  if (doc.fullscreenElement) void doc.exitFullscreen?.().catch(() => undefined);
  else void doc.documentElement.requestFullscreen?.().catch(() => undefined);
}
