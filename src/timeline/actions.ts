// What a key, a play-bar button or an event flag asks of the timeline: zoom and pan the view window
// here, everything about playback through the playback machine, and a jump as a seek that starts
// and ends at once.
import type { Playback } from '../core/playback';
import type { Store } from '../core/store';
import { keyAction, takesKey, type KeyAction } from './keys';
import { panWindow, zoomWindow, type ViewState } from './view-window';

export type TimelineAct = (a: KeyAction, seekTo?: number) => void;

export function createTimelineActions(
  store: Store,
  playback: Playback,
  view: ViewState,
  nextChart: () => void,
): TimelineAct {
  const fit = () => view.set({ h0: view.bounds().min, h1: view.bounds().max });
  return (a, seekTo) => {
    const w = view.get();
    const t = store.get().timeH;
    if (a.type === 'ZOOM') {
      const anchor = t >= w.h0 && t <= w.h1 ? t : (w.h0 + w.h1) / 2;
      view.set(zoomWindow(w, a.factor, anchor, view.bounds()));
    } else if (a.type === 'PAN') view.set(panWindow(w, a.fraction, view.bounds()));
    else if (a.type === 'FIT') fit();
    else if (a.type === 'NEXT_CHART') nextChart();
    else if (a.type === 'RESET') {
      playback.send(a);
      fit();
    } else if (a.type === 'SEEK_START' && seekTo !== undefined) {
      playback.send(a);
      store.setTime(seekTo);
      playback.send({ type: 'SEEK_END' });
    } else playback.send(a);
  };
}

/** The keys work on the charts, on the play bar, and on the page when nothing else has focus. */
export function attachTimelineKeys(areas: readonly HTMLElement[], act: TimelineAct): void {
  document.addEventListener('keydown', (e) => {
    const t = e.target as Node | null;
    const onPage =
      !t || t === document.body || t === document.documentElement || (t as Element).id === 'main';
    const mine = onPage || areas.some((area) => area.contains(t));
    if (!mine || e.defaultPrevented || !takesKey(e.target, e.key)) return;
    const a = keyAction(e);
    if (!a) return;
    e.preventDefault();
    act(a);
  });
}
