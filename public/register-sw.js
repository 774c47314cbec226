// Registers the service worker and tells the app (through window events)
// when a new version is installed and waiting. The app shows the notice and
// sends `pocket-card-apply-update` when the user taps it; only then does the
// new version take over and the page reload.
//
// Registration waits until the app is ready (mounted, its language loaded).
// Installing the worker downloads every file of the build, all languages
// included; started any earlier, on a slow link those downloads would share
// the bandwidth with the WebAssembly and the language file the user is
// waiting for. By the time it starts, those are in the HTTP cache and the
// worker only revalidates them (sw.js).
'use strict';

if ('serviceWorker' in navigator) {
  const whenReady = (start) => {
    const html = document.documentElement;
    if (html.dataset.ready === 'true') return start();
    new MutationObserver((_, observer) => {
      if (html.dataset.ready !== 'true') return;
      observer.disconnect();
      start();
    }).observe(html, { attributes: true, attributeFilter: ['data-ready'] });
  };
  const announce = () => window.dispatchEvent(new Event('pocket-card-update-ready'));
  whenReady(() => navigator.serviceWorker
    .register('sw.js', { updateViaCache: 'none' })
    .then((registration) => {
      if (registration.waiting && navigator.serviceWorker.controller) announce();
      registration.addEventListener('updatefound', () => {
        const worker = registration.installing;
        worker?.addEventListener('statechange', () => {
          if (worker.state === 'installed' && navigator.serviceWorker.controller) announce();
        });
      });
      window.addEventListener('pocket-card-apply-update', () => registration.waiting?.postMessage('skip-waiting'));
    })
    .catch(() => {
      // No service worker (private mode, unsupported): the app still works online.
    }));
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloading || !window.__pocketCardUpdateAccepted) return;
    reloading = true;
    window.location.reload();
  });
  window.addEventListener('pocket-card-apply-update', () => {
    window.__pocketCardUpdateAccepted = true;
  });
}
