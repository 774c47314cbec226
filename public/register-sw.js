// Registers the service worker and tells the app (through window events)
// when a new version is installed and waiting. The app shows the notice and
// sends `pocket-card-apply-update` when the user taps it; only then does the
// new version take over and the page reload.
'use strict';

if ('serviceWorker' in navigator) {
  const announce = () => window.dispatchEvent(new Event('pocket-card-update-ready'));
  navigator.serviceWorker
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
    });
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
