// When the app cannot start at all, the static emergency contacts of
// index.html stay on screen; this adds the line that says something went
// wrong, so nobody waits for an app that will never come. Three ways to get
// there run no Rust at all, so src/ui/fallback.rs (which covers failures
// once the app runs) cannot report them:
// - a browser without WebAssembly;
// - the glue script fails to download (the error fires on its element);
// - the wasm fails to download or compile (Trunk's loader throws, which
//   the browser reports as an error on the window).
// Once the app is ready, an error is its own business: a panic already
// shows this same state, and a stray script error is not a failure.
'use strict';

(() => {
  const html = document.documentElement;
  const fail = () => {
    if (html.dataset.ready === 'true') return;
    document.getElementById('static-help')?.setAttribute('data-state', 'failed');
  };
  if (typeof WebAssembly !== 'object') {
    fail();
    return;
  }
  // Capture, to see a script element's load error too (it does not bubble).
  // A failed preload of a language file is not fatal: the app fetches the
  // file itself and says so if that fails.
  window.addEventListener(
    'error',
    (event) => {
      if (event.target === window || event.target instanceof HTMLScriptElement) fail();
    },
    true,
  );
})();
