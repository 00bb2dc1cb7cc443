// Registers the service worker (public/sw.js) so the app works offline after one visit. Not on
// file:// (the single-file build needs none and browsers refuse it there), not in the dev server,
// and not where the API is missing. Once the worker has cached everything this page loaded,
// <html data-offline="ready"> says so (the offline test waits for it). After the page has loaded,
// the parts that load when first used (About naltrexone, the model's sources, the counsellor's curve, the download
// code; the body map, the explorer and Drug X; with their words in every language) and the other
// languages' strings (so a switch works offline as well) are fetched first.
import { whenIdle } from '../core/idle';
import { language } from '../strings/index';
import { LANGUAGES, LOADERS, INFO_LOADERS, PANEL_LOADERS } from '../strings/languages';

/** The lazily loaded chunks, fetched before the worker is told what to keep. */
const LAZY = [
  () => import('../info/model-sources'),
  () => import('../info/about'),
  () => import('./panels'),
  () => import('../counsellor/curve-view'),
  () => import('../core/exports'),
  ...LANGUAGES.filter((l) => l !== language).map((l) => LOADERS[l]),
  ...LANGUAGES.map((l) => PANEL_LOADERS[l]),
  ...LANGUAGES.map((l) => INFO_LOADERS[l]),
];

export async function registerServiceWorker(): Promise<void> {
  if (import.meta.env.DEV || location.protocol === 'file:' || !('serviceWorker' in navigator)) return;
  try {
    // After the load event: the first frame matters more than the cache.
    if (document.readyState !== 'complete')
      await new Promise((done) => addEventListener('load', done, { once: true }));
    await navigator.serviceWorker.register('./sw.js');
    const registration = await navigator.serviceWorker.ready;
    // Once the page is idle (the first frame long drawn), so the first visit pays nothing for it.
    await new Promise<void>((done) => whenIdle(done, 500));
    await Promise.all(LAZY.map((load) => load().catch(() => undefined)));
    const urls = [location.href, ...performance.getEntriesByType('resource').map((e) => e.name)].filter((u) =>
      u.startsWith(location.origin),
    );
    const channel = new MessageChannel();
    const cached = new Promise<unknown>((done) => (channel.port1.onmessage = done));
    registration.active?.postMessage({ type: 'cache', urls }, [channel.port2]);
    await cached;
    document.documentElement.dataset.offline = 'ready';
  } catch (err) {
    // Offline use is a bonus: the app works online without it.
    console.warn('Offline support unavailable:', err);
  }
}
