// Composition root: builds the store, the frame loop and the playback machine, and mounts every
// view, handing each the callbacks it needs from the others. Nothing imports this file.
import './styles/base.css';
import './styles/layout.css';
import { doseEdits } from './app/doses';
import { registerServiceWorker } from './app/offline';
import { bootState, mountTeaching } from './app/teaching';
import { mountDosePanel } from './controls/index';
import { createFrameLoop } from './core/frame-loop';
import { createPlayback } from './core/playback';
import { createStore } from './core/store';
import { installSceneHooks } from './testing/scene-hooks';
import { mountTimeline } from './timeline/index';

const byId = (id: string) => document.getElementById(id)!;
const boot = bootState(location.search); // [lessons] the first scenario comes from the link or the lesson
const store = createStore(boot.scenario);
const loop = createFrameLoop();
const playback = createPlayback(store, loop); // the one owner of playing and speed

// Each view mounts here, one line each (the line's owner replaces its marker).
const edits = doseEdits(store); // removing and moving a dose: one place, used by the panel and the track
mountDosePanel(byId('dose-panel'), store, edits); // [controls] give, list, save, open
const timeline = mountTimeline(store, loop, playback, edits); // [timeline] the linked charts and the play bar
const scene = import('./scene/index'); // [scene] fetched (Pixi and all) while the rest mounts
// The scene mounts after the first mode is applied: it is told the mode then.
const sceneMode: { lecture: boolean; set?: (on: boolean) => void } = { lecture: false };
mountTeaching(store, loop, boot, {
  playback,
  onMode(mode) {
    sceneMode.lecture = mode === 'lecture';
    timeline.setLecture(sceneMode.lecture);
    sceneMode.set?.(sceneMode.lecture);
  },
  frame: (f) => timeline.frame(f), // a lesson step zooms the charts and draws its comparison
}); // [lessons] lessons, modes, counsellor view, information, URL state
document.body.dataset.mounted = 'true'; // [app] the page may show now (base.css): every panel is built
const mounted = await (await scene).mountScene(byId('scene'), store, loop, playback); // [scene]
sceneMode.set = mounted.setLecture;
mounted.setLecture(sceneMode.lecture);
installSceneHooks(mounted, store, playback); // [testing] window.__receptorScene for tests and the bench
void registerServiceWorker(); // [offline] the service worker, for use without a network
loop.start();
// Tests wait for this marker: every view is mounted and has drawn once.
document.body.dataset.ready = 'true';
