// Pocket Card service worker. `cargo xtask post-build` (a Trunk post_build
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

  if (request.mode === 'navigate' && isAppPage(url)) {
    event.respondWith(appPage(event));
    return;
  }
  const screen = request.mode === 'navigate' && staticScreen(url);
  if (screen) {
    event.respondWith(Response.redirect(new URL(screen, self.registration.scope).href, 302));
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

/** The app's page, whatever the query string (every deep link is one). */
function isAppPage(url) {
  const scope = new URL(self.registration.scope).pathname;
  return url.pathname === scope || url.pathname === `${scope}index.html`;
}

// The page comes from this version's cache at once, never from the network:
// on a network that hangs rather than fails ("lie-fi"), waiting for it would
// show nothing at all, not even 112. The page and the files it names are of
// one version, so they always fit together. A new deploy still reaches the
// user: each visit asks the server for sw.js in the background, a changed one
// installs beside this version, and the page offers it ("new version,
// reload"), as before.
async function appPage(event) {
  const cache = await caches.open(CACHE);
  const page = await cache.match(new URL('./', self.registration.scope).href);
  event.waitUntil(self.registration.update().catch(() => {}));
  return page ?? fetch(event.request);
}

// The languages of this build, from its own file list.
const LANGS = PRECACHE.map((path) => /^locales\/([a-z]+)\.ftl$/.exec(path)?.[1]).filter(Boolean);
const PAGE_VIEWS = ['contacts', 'cards', 'about'];

// A static page (src/route.rs: `pl/`, `pl/contacts/`, `pl/card/police/`) as
// the same screen of the app's own page (`?lang=pl&card=police`), or null.
// The installed app opens these itself, from its cache: every page works
// offline, visited or not, without a copy of each in the precache.
function staticScreen(url) {
  const scope = new URL(self.registration.scope).pathname;
  if (!url.pathname.startsWith(scope)) return null;
  const path = url.pathname.slice(scope.length).replace(/index\.html$/, '');
  if (!path.endsWith('/')) return null;
  const [lang, view, id, ...rest] = path.split('/').slice(0, -1);
  if (!LANGS.includes(lang) || rest.length) return null;
  if (view === undefined) return `./?lang=${lang}`;
  if (id === undefined) return PAGE_VIEWS.includes(view) ? `./?lang=${lang}&view=${view}` : null;
  return view === 'card' && /^[a-z0-9_-]+$/.test(id) ? `./?lang=${lang}&card=${id}` : null;
}

