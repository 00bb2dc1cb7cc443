// Service worker: after one visit the app works with the network off. Hashed build assets
// (assets/*-<hash>.js|css) never change under their name, so they are served cache-first; the page
// itself and any other file are fetched network-first (so a new release shows up at once) and fall
// back to the cache when the network is off or too slow. Nothing here talks to any other origin.
// Matches ignore Vary: the server may vary on headers (Origin, Accept-Encoding) that a module
// script's request carries and the worker's own fetch did not, and an asset is the same either way.
const CACHE = 'naltrexone-sim-v1';
const SHELL = './';
const NETWORK_TIMEOUT_MS = 4000;

const scope = () => new URL(self.registration.scope);
const sameOrigin = (url) => new URL(url, scope()).origin === scope().origin;
const isHashedAsset = (url) => /\/assets\/[^/]+-[\w-]{8,}\.\w+$/.test(new URL(url).pathname);

/** Caches what it can of a list of same-origin addresses; one failure does not spoil the rest. */
async function cacheAll(urls) {
  const cache = await caches.open(CACHE);
  const wanted = [...new Set(urls.map((u) => new URL(u, scope()).href))].filter(sameOrigin);
  await Promise.all(
    wanted.map(async (url) => {
      if (await cache.match(url)) return;
      const res = await fetch(url, { cache: 'no-cache' }).catch(() => null);
      if (res && res.ok) await cache.put(url, res);
    }),
  );
}

/** The page and everything it names (scripts, styles, preloads). */
async function cacheShell() {
  const res = await fetch(SHELL, { cache: 'no-cache' });
  if (!res.ok) return;
  const cache = await caches.open(CACHE);
  await cache.put(SHELL, res.clone());
  const html = await res.text();
  const named = [...html.matchAll(/\b(?:src|href)="([^"#]+)"/g)].map((m) => m[1]);
  await cacheAll(named.filter((u) => !u.startsWith('data:')));
}

self.addEventListener('install', (event) => {
  event.waitUntil(cacheShell().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name !== CACHE) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

/** Network first, cache when the network fails or takes longer than the timeout. */
async function networkFirst(request, key) {
  const cache = await caches.open(CACHE);
  const fromNetwork = fetch(request).then(async (res) => {
    if (res.ok && res.type === 'basic') await cache.put(key, res.clone());
    return res;
  });
  const cached = await cache.match(key, { ignoreSearch: true, ignoreVary: true });
  if (!cached) return fromNetwork;
  const timeout = new Promise((done) => setTimeout(() => done(cached), NETWORK_TIMEOUT_MS));
  return Promise.race([fromNetwork.catch(() => cached), timeout]);
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request, { ignoreVary: true });
  if (cached) return cached;
  const res = await fetch(request);
  if (res.ok && res.type === 'basic') await cache.put(request, res.clone());
  return res;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !sameOrigin(request.url)) return;
  if (request.mode === 'navigate') event.respondWith(networkFirst(request, SHELL));
  else if (isHashedAsset(request.url)) event.respondWith(cacheFirst(request));
  else event.respondWith(networkFirst(request, request));
});

/**
 * Drops hashed assets that the page running now did not load: they belong to earlier releases (this
 * file does not change between releases, so no new install would ever clear them) and would
 * otherwise pile up in the cache with every update.
 */
async function pruneAssets(keep) {
  const cache = await caches.open(CACHE);
  const wanted = new Set(keep.map((u) => new URL(u, scope()).href));
  for (const request of await cache.keys())
    if (isHashedAsset(request.url) && !wanted.has(request.url)) await cache.delete(request);
}

// The page lists what it loaded before this worker controlled it (lazy chunks included); the worker
// caches those too, forgets the assets of earlier releases, and answers on the message's port.
self.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'cache' || !Array.isArray(data.urls)) return;
  event.waitUntil(
    cacheAll(data.urls)
      .then(() => pruneAssets(data.urls))
      .then(() => event.ports[0]?.postMessage('cached')),
  );
});
