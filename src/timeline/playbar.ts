// The play bar: go to start, step back, play or pause, step forward, go to end; the named speeds;
// a time slider (the same cursor as the charts); zoom; reset. Every control is a real button, select
// or range input with a label, and it only sends intents: the playback machine and the view decide.
import { setText } from '../core/set-text';
import { strings } from '../strings/index';
import { SPEEDS } from '../core/playback-machine';
import { formatDuration, formatMoment } from './words';
import { PAN_STEP, ZOOM_STEP, type KeyAction } from './keys';

const S = strings.timeline.playbar;
const NS = 'http://www.w3.org/2000/svg';

/** Icon paths on a 20x20 grid. */
const ICONS = {
  start: 'M4 3h2.5v14H4zM17 3v14L7.5 10z',
  back: 'M16 3v14L6 10zM4 3h2v14H4z',
  play: 'M5 3v14l12-7z',
  pause: 'M5 3h3.5v14H5zM11.5 3H15v14h-3.5z',
  replay: 'M10 3a7 7 0 1 1-7 7h2.5A4.5 4.5 0 1 0 10 5.5V8L5.5 4.25 10 .5z',
  forward: 'M4 3v14l10-7zM14 3h2v14h-2z',
  end: 'M3 3v14l9.5-7zM13.5 3H16v14h-2.5z',
  zoomIn:
    'M8.5 2a6.5 6.5 0 0 1 5.2 10.4l4.3 4.3-1.4 1.4-4.3-4.3A6.5 6.5 0 1 1 8.5 2zm0 2a4.5 4.5 0 1 0 0 9 4.5 4.5 0 0 0 0-9zM7.5 6h2v1.5H11v2H9.5V11h-2V9.5H6v-2h1.5z',
  zoomOut:
    'M8.5 2a6.5 6.5 0 0 1 5.2 10.4l4.3 4.3-1.4 1.4-4.3-4.3A6.5 6.5 0 1 1 8.5 2zm0 2a4.5 4.5 0 1 0 0 9 4.5 4.5 0 0 0 0-9zM6 7.5h5v2H6z',
  fit: 'M2 2h6v2H4v4H2zM12 2h6v6h-2V4h-4zM2 12h2v4h4v2H2zM16 12h2v6h-6v-2h4z',
  earlier: 'M12.5 3 5.5 10l7 7 1.6-1.6L8.7 10l5.4-5.4z',
  later: 'M7.5 3l7 7-7 7-1.6-1.6 5.4-5.4-5.4-5.4z',
} as const;

function icon(name: keyof typeof ICONS): SVGSVGElement {
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('viewBox', '0 0 20 20');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('class', 'tl-icon');
  const p = svg.appendChild(document.createElementNS(NS, 'path'));
  p.setAttribute('d', ICONS[name]);
  p.setAttribute('fill', 'currentColor');
  return svg;
}

export interface PlaybarState {
  mode: 'paused' | 'playing' | 'seeking' | 'ended';
  speedIndex: number;
  timeH: number;
  start: number;
  end: number;
}

export interface PlaybarCallbacks {
  act(a: KeyAction): void;
  seekStart(): void;
  seek(h: number): void;
  seekEnd(): void;
}

export interface Playbar {
  el: HTMLElement;
  slider: HTMLInputElement;
  update(s: PlaybarState): void;
}

export const speedLabel = (i: number) => S.perSecond.replace('{speed}', formatDuration(SPEEDS[i]!.hps));

type Act = PlaybarCallbacks['act'];

/** An icon button that sends one action (its label is its accessible name and tooltip). */
function iconButton(name: keyof typeof ICONS, label: string, action: KeyAction, act: Act, cls = '') {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = `tl-btn ${cls}`.trim();
  b.setAttribute('aria-label', label);
  b.title = label;
  b.append(icon(name));
  b.addEventListener('click', () => act(action));
  return b;
}

/** A small text button ("Reset", "+", "−"), labelled for assistive technology when it is a symbol. */
function textButton(text: string, action: KeyAction, act: Act, label?: string) {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'tl-btn tl-btn--text';
  b.textContent = text;
  if (label) {
    b.setAttribute('aria-label', label);
    b.title = label;
  }
  b.addEventListener('click', () => act(action));
  return b;
}

const labelFor = (control: HTMLElement, text: string) => {
  const l = document.createElement('label');
  l.htmlFor = control.id;
  l.textContent = text;
  return l;
};

/** Reset, start, step back, play or pause, step forward, end. */
function transport(act: Act) {
  const play = iconButton('play', S.play, { type: 'TOGGLE' }, act, 'tl-btn--play');
  const playText = play.appendChild(document.createElement('span'));
  playText.className = 'tl-play-text';
  const kids = [
    textButton(S.reset, { type: 'RESET' }, act),
    iconButton('start', S.start, { type: 'HOME' }, act),
    iconButton('back', S.back, { type: 'STEP', direction: -1 }, act),
    play,
    iconButton('forward', S.forward, { type: 'STEP', direction: 1 }, act),
    iconButton('end', S.end, { type: 'END' }, act),
  ];
  /** Shows play, pause or replay for the machine's state. */
  const show = (mode: PlaybarState['mode']) => {
    const name = mode === 'playing' ? 'pause' : mode === 'ended' ? 'replay' : 'play';
    const label = mode === 'playing' ? S.pause : mode === 'ended' ? S.replay : S.play;
    play.replaceChildren(icon(name), playText);
    playText.textContent = label;
    play.setAttribute('aria-label', label);
    play.title = label;
  };
  return { kids, show };
}

/** The named speeds, with slower and faster beside them. */
function speedControls(act: Act) {
  const speed = document.createElement('select');
  speed.id = 'tl-speed';
  SPEEDS.forEach((_, i) => speed.append(new Option(speedLabel(i), String(i))));
  speed.addEventListener('change', () => act({ type: 'SET_SPEED', index: Number(speed.value) }));
  const slower = textButton('−', { type: 'SLOWER' }, act, S.slower);
  const faster = textButton('+', { type: 'FASTER' }, act, S.faster);
  const show = (i: number) => {
    speed.value = String(i);
    slower.disabled = i <= 0;
    faster.disabled = i >= SPEEDS.length - 1;
  };
  return { kids: [labelFor(speed, S.speed), slower, speed, faster], show };
}

/** The time slider (a drag is a seek: start, moves, end) and the time in words. */
function scrubControls(cb: PlaybarCallbacks) {
  const slider = document.createElement('input');
  slider.type = 'range';
  slider.id = 'tl-time';
  slider.step = 'any';
  const out = document.createElement('output');
  out.htmlFor.add(slider.id);
  out.className = 'tl-time';
  const ended = document.createElement('span');
  ended.className = 'tl-ended';
  ended.textContent = S.ended;
  let seeking = false;
  slider.addEventListener('pointerdown', () => {
    seeking = true;
    cb.seekStart();
  });
  slider.addEventListener('input', () => cb.seek(Number(slider.value)));
  const stop = () => {
    if (!seeking) return;
    seeking = false;
    cb.seekEnd();
  };
  slider.addEventListener('pointerup', stop);
  slider.addEventListener('change', stop);
  const showTime = (h: number) => {
    slider.value = String(h);
    const text = formatMoment(h);
    setText(out, text);
    slider.setAttribute('aria-valuetext', text);
  };
  return { slider, ended, kids: [labelFor(slider, S.time), slider, out, ended], showTime };
}

/** Earlier, zoom out, zoom in, later, show everything. */
const zoomButtons = (act: Act) => [
  iconButton('earlier', S.earlier, { type: 'PAN', fraction: -PAN_STEP }, act),
  iconButton('zoomOut', S.zoomOut, { type: 'ZOOM', factor: 1 / ZOOM_STEP }, act),
  iconButton('zoomIn', S.zoomIn, { type: 'ZOOM', factor: ZOOM_STEP }, act),
  iconButton('later', S.later, { type: 'PAN', fraction: PAN_STEP }, act),
  iconButton('fit', S.fit, { type: 'FIT' }, act),
];

export function createPlaybar(host: HTMLElement, cb: PlaybarCallbacks): Playbar {
  const el = host;
  el.classList.add('tl-playbar');
  el.setAttribute('role', 'group');
  el.setAttribute('aria-label', S.label);
  const group = (cls: string, kids: Node[]) => {
    const g = el.appendChild(document.createElement('div'));
    g.className = cls;
    g.append(...kids);
    return g;
  };
  const play = transport(cb.act);
  const speed = speedControls(cb.act);
  const scrub = scrubControls(cb);
  group('tl-transport', play.kids);
  group('tl-speed', speed.kids);
  group('tl-scrub', scrub.kids);
  const zoom = group('tl-zoom', zoomButtons(cb.act));
  zoom.setAttribute('role', 'group');
  zoom.setAttribute('aria-label', S.zoom);

  let last: Partial<PlaybarState> = {};
  return {
    el,
    slider: scrub.slider,
    update(s) {
      if (s.mode !== last.mode) {
        play.show(s.mode);
        el.dataset.mode = s.mode;
        scrub.ended.hidden = s.mode !== 'ended';
      }
      if (s.speedIndex !== last.speedIndex) speed.show(s.speedIndex);
      if (s.start !== last.start || s.end !== last.end) {
        scrub.slider.min = String(s.start);
        scrub.slider.max = String(s.end);
      }
      if (s.timeH !== last.timeH) scrub.showTime(s.timeH);
      last = { ...s };
    },
  };
}
