// The keyboard map of the timeline, as a pure function from a key press to what it means, so the map
// is tested without a DOM and the same keys work on the charts, the play bar and the page itself.
import type { PlaybackEvent } from '../core/playback-machine';

export type KeyAction =
  | PlaybackEvent
  | { type: 'ZOOM'; factor: number }
  | { type: 'PAN'; fraction: number }
  | { type: 'FIT' }
  | { type: 'NEXT_CHART' };

/** How much one zoom key or button zooms. */
export const ZOOM_STEP = 2;
/** How far one pan key or button moves, as a share of the window. */
export const PAN_STEP = 0.5;

export interface KeyPress {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

export function keyAction(e: KeyPress): KeyAction | null {
  // Leave the browser's and the system's own shortcuts alone.
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  switch (e.key) {
    case ' ':
    case 'Spacebar':
    case 'k':
      return { type: 'TOGGLE' };
    case 'ArrowRight':
      return { type: 'STEP', direction: 1, large: !!e.shiftKey };
    case 'ArrowLeft':
      return { type: 'STEP', direction: -1, large: !!e.shiftKey };
    case 'Home':
      return { type: 'HOME' };
    case 'End':
      return { type: 'END' };
    case '+':
    case '=':
      return { type: 'FASTER' };
    case '-':
    case '_':
      return { type: 'SLOWER' };
    case ']':
      return { type: 'ZOOM', factor: ZOOM_STEP };
    case '[':
      return { type: 'ZOOM', factor: 1 / ZOOM_STEP };
    case 'PageUp':
      return { type: 'PAN', fraction: -PAN_STEP };
    case 'PageDown':
      return { type: 'PAN', fraction: PAN_STEP };
    case '0':
      return { type: 'FIT' };
    case 'g':
    case 'G':
      return { type: 'NEXT_CHART' };
    default:
      return null;
  }
}

/**
 * Whether the timeline should take a key pressed on `target`: not while typing in a field or choosing
 * in a list, and not Space or Enter on a button (those press the button).
 */
export function takesKey(target: EventTarget | null, key: string): boolean {
  const el = target as HTMLElement | null;
  if (!el || !el.tagName) return true;
  const tag = el.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select' || el.isContentEditable) return false;
  if (tag === 'input') {
    const type = (el as HTMLInputElement).type;
    if (type === 'range') return true;
    if (type === 'checkbox' || type === 'radio') return key !== ' ';
    return false;
  }
  if (tag === 'button' || tag === 'summary' || tag === 'a') return key !== ' ' && key !== 'Enter';
  return true;
}
