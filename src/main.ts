// Composition root: builds the store and mounts every view. Nothing imports this file.
import './styles/base.css';
import { LESSONS, type Scenario } from '../sim/index';
import { createStore } from './app/store';
import { createFrameLoop } from './app/frame-loop';
import { mountPreviewChart } from './app/preview-chart';
import { registerServiceWorker } from './app/offline';

const initial: Scenario = LESSONS.find((l) => l.id === 'blockade')!.scenario;
const store = createStore(initial);
const loop = createFrameLoop();

// Each view mounts here, one line each (the line's owner replaces its marker).
mountPreviewChart(document.getElementById('charts')!, store); // [timeline] replace with the linked charts
// [scene] mount the receptor scene
// [lessons] mount lessons, modes, counsellor view, URL state
void registerServiceWorker(); // [offline] the service worker, for use without a network
loop.start();
// Tests wait for this marker: every view is mounted and has drawn once.
document.body.dataset.ready = 'true';
