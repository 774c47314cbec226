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

(() => {
  // Filled by `cargo xtask precache` with the languages the build ships.
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
