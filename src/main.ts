// Composition root: builds the store and mounts every view. Nothing imports this file.
import './styles/base.css';
import { createStore } from './core/store';
import { createFrameLoop } from './core/frame-loop';
import { bootState, mountTeaching } from './app/teaching';
import { registerServiceWorker } from './app/offline';
import { doseEdits } from './app/doses';
import { mountDosePanel } from './controls/index';
import { mountTimeline } from './timeline/index';

const boot = bootState(location.search); // [lessons] the first scenario comes from the link or the lesson
const store = createStore(boot.scenario);
const loop = createFrameLoop();

// Each view mounts here, one line each (the line's owner replaces its marker).
const edits = doseEdits(store); // removing and moving a dose: one place, used by the panel and the track
mountDosePanel(document.getElementById('dose-panel')!, store, edits); // [controls] give, list, save, open
mountTimeline(store, loop, edits); // [timeline] the linked charts and the play bar
const scene = import('./scene/index'); // [scene] fetched (Pixi and all) while the rest mounts
mountTeaching(store, loop, boot); // [lessons] lessons, modes, counsellor view, information, URL state
await (await scene).mountScene(document.getElementById('scene')!, store, loop); // [scene]
void registerServiceWorker(); // [offline] the service worker, for use without a network
loop.start();
// Tests wait for this marker: every view is mounted and has drawn once.
document.body.dataset.ready = 'true';
