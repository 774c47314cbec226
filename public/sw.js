// Pocket Card service worker. `cargo xtask precache` (a Trunk post_build
// hook) copies this file into dist/ with the two placeholders filled in: the
// exact list of files of the build and a version derived from their bytes.
'use strict';

const VERSION = '__VERSION__';
const PRECACHE = __PRECACHE__;
const PREFIX = 'pocket-card-';
const CACHE = PREFIX + VERSION;

// Every file of the build, each checked with the server ("no-cache"): a file
// the page has just downloaded comes back as "not modified" rather than a
// second copy, and a stale copy in the HTTP cache is never taken. If any one
// is missing (a broken deploy) installation fails and the previous version
// keeps serving: the installed app is never left half-updated.
self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      try {
        await Promise.all(
          PRECACHE.map(async (path) => {
            const response = await fetch(new Request(path, { cache: 'no-cache' }));
            if (!response.ok) throw new Error(`precache: ${path}: ${response.status}`);
            await cache.put(path, response);
          }),
        );
      } catch (error) {
        // Leave no half-filled cache behind; the old version stays in charge.
        await caches.delete(CACHE);
        throw error;
      }
      // The first install has nothing to replace: take over at once. Later
      // versions wait until the user chooses to reload.
      if (!self.registration.active) await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

// The page asks for this when the user taps "reload" on the update notice.
self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  // Only the app's own files; nothing else is ever requested anyway.
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  const scope = new URL(self.registration.scope);
  const index = new URL('./', scope).href;

  if (request.mode === 'navigate') {
    // The page: network first so a deploy shows up, else the cached page,
    // whatever the query string (deep links work offline).
    event.respondWith(
      (async () => {
        try {
          const response = await fetch(request);
          if (response.ok) return response;
          throw new Error(String(response.status));
        } catch {
          const cache = await caches.open(CACHE);
          return (await cache.match(index)) ?? Response.error();
        }
      })(),
    );
    return;
  }

  // Everything else is part of this version's precache: cache first.
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      return (await cache.match(request, { ignoreSearch: true })) ?? fetch(request);
    })(),
  );
});
