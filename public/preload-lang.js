// Starts downloading the reader's language file while the WebAssembly is
// still on its way, so start-up does not wait one more round trip after it
// (on "slow 4G" that is ~150 ms of latency plus the transfer).
//
// It makes the same choice as the app (src/i18n/choice.rs): the link's
// `lang`, then the saved choice, then the browser's languages, then Polish.
// The app still makes its own choice and fetches that file; when the two
// agree, the browser hands it this download instead of starting another.
// A wrong guess costs one unused download and nothing else.
'use strict';

// A static page (src/static_page.rs) names the app's folder and its own
// screen in the app's terms (`?lang=uk&card=volunteer`). The address becomes
// that before the app starts: everything relative it does from then on (the
// wasm, the language files, its links, the service worker) resolves as on
// the app's own page, and a reload opens the same screen. Trunk's loader
// resolved its import while the page was parsed, from the page's folder.
(() => {
  const { appRoot, appAddress } = document.documentElement.dataset;
  if (appRoot === undefined || appAddress === undefined) return;
  history.replaceState(history.state, '', new URL(appRoot + appAddress, location.href));
})();

(() => {
  // Filled by `cargo xtask post-build` with the languages the build ships.
  const LANGS = __LANGS__;
  const known = (tag) => {
    if (typeof tag !== 'string') return null;
    const primary = tag.trim().split(/[-_]/)[0].toLowerCase();
    // Browsers may report Filipino by its older Tagalog code.
    const code = primary === 'tl' ? 'fil' : primary;
    return LANGS.includes(code) ? code : null;
  };
  let saved = null;
  try {
    // Plain text; quotes are dropped as the app drops them (earlier
    // versions stored a JSON string).
    saved = localStorage.getItem('pocket-card.lang')?.replaceAll('"', '') ?? null;
  } catch {
    // Storage disabled: the app ignores it too.
  }
  const browser = navigator.languages?.length ? navigator.languages : [navigator.language];
  const lang = known(new URLSearchParams(location.search).get('lang')) ?? known(saved) ?? browser.map(known).find(Boolean) ?? 'pl';
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  // The app's fetch() is same-origin with credentials "same-origin", which
  // is what an anonymous CORS preload matches.
  link.crossOrigin = 'anonymous';
  link.href = `locales/${lang}.ftl`;
  document.head.append(link);
})();
