// `cargo xtask bench`: the release app against the limit page, on a low-end
// phone profile (CPU 4× slower, "slow 4G", 360×740), alternating runs in
// fresh browser contexts. Writes target/bench/report.{md,json}; exits
// non-zero naming each budget that is exceeded.
import { chromium } from 'playwright-core';
import { spawn, execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const root = new URL('../../', import.meta.url).pathname;
const dist = process.env.POCKET_CARD_DIST ?? join(root, 'dist');
const out = join(root, 'target/bench');
const site = join(out, 'site');
const PAIRS = Number(process.env.BENCH_PAIRS ?? 11);
// Answers measured in each app run (the checker's first questions).
const TAPS = Number(process.env.BENCH_TAPS ?? 5);
const PORT = 4199;
// Chromium's path and flags, as every browser test uses them.
const CHROMIUM = JSON.parse(readFileSync(join(root, 'tests/e2e/chromium.json'), 'utf8'));
const CHROMIUM_ARGS = CHROMIUM.args;
// "Slow 4G" as the issue defines it: 150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up.
const NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8), uploadThroughput: (750e3 / 8) };

// The app at /, the limit page at /limit.html, one server for both.
rmSync(site, { recursive: true, force: true });
mkdirSync(site, { recursive: true });
cpSync(dist, site, { recursive: true });
cpSync(join(root, 'tests/bench/limit.html'), join(site, 'limit.html'));
const server = spawn(process.execPath, [join(root, 'tests/e2e/static-server.mjs')], {
  env: { ...process.env, PORT: String(PORT), POCKET_CARD_DIST: site, BROTLI_QUALITY: '11' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise((resolve) => server.stdout.on('data', (d) => d.toString().includes('serving') && resolve()));
// Stopped however the bench ends, so a failed run leaves no server behind.
process.on('exit', () => server.kill());
const base = `http://127.0.0.1:${PORT}/`;
// The server compresses each file once (brotli level 11, as a host that
// precompresses would); wait for all of it so no run pays for that.
for (const file of listFiles(site)) await (await fetch(base + relative(site, file), { headers: { 'accept-encoding': 'br' } })).arrayBuffer();

function listFiles(dir) {
  return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? listFiles(join(dir, f)) : [join(dir, f)]));
}

const browser = await chromium.launch({ executablePath: CHROMIUM.binary, args: CHROMIUM_ARGS });

// The QR link of a card, its static page (src/static_page.rs), against a
// static snapshot of the same card as the app renders it, taken in this run:
// the app's page once ready, without its scripts.
const QR_CARD = { lang: 'uk', id: 'volunteer' };
const QR_PATH = `${QR_CARD.lang}/card/${QR_CARD.id}/`;
const QR_TITLE = readFileSync(join(root, `locales/${QR_CARD.lang}/cards.ftl`), 'utf8')
  .match(new RegExp(`^card-${QR_CARD.id}-title = (.+)$`, 'm'))[1];
{
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${base}?lang=${QR_CARD.lang}&card=${QR_CARD.id}`);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  const snapshot = (await page.content())
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link[^>]*rel="?(modulepreload|preload)"?[^>]*>/g, '');
  writeFileSync(join(site, 'snapshot.html'), snapshot);
  await context.close();
  await (await fetch(`${base}snapshot.html`, { headers: { 'accept-encoding': 'br' } })).arrayBuffer();
}

// When the card's title is first on screen: checked every frame, from the
// first, the same way on both pages.
const READABLE_PROBE = (title) => {
  const check = (time) => {
    const h1 = document.getElementById('screen-title');
    if (h1 && h1.textContent.trim() === title && h1.getClientRects().length) window.__readableAt = time;
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
  window.__shift = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
};

async function qrVisit(kind) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'pl-PL', serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(READY_PROBE);
  await page.addInitScript(READABLE_PROBE, QR_TITLE);
  await throttled(context, page);
  await page.goto(kind === 'qr' ? base + QR_PATH : `${base}snapshot.html`, { waitUntil: 'load', timeout: 120_000 });
  await page.waitForFunction(() => window.__readableAt !== undefined, null, { timeout: 120_000 });
  const result = { readable: await page.evaluate(() => window.__readableAt) };
  if (kind === 'qr') {
    // Layout shift from the first paint until the app has taken over, and a
    // little after.
    await page.waitForFunction(() => window.__readyAt !== undefined, null, { timeout: 120_000 });
    await page.waitForTimeout(500);
    Object.assign(result, await page.evaluate(() => ({ takeover: window.__readyAt, shift: window.__shift })));
  }
  await context.close();
  return result;
}

// The checker on a first visit: from the link to its first question on screen.
async function checkerVisit() {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'pl-PL', serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(READY_PROBE);
  await throttled(context, page);
  await page.goto(`${base}?view=check`, { waitUntil: 'commit', timeout: 120_000 });
  await page.waitForFunction(() => window.__readyAt !== undefined, null, { timeout: 120_000 });
  await page.locator('.button-primary').click();
  await page.locator('[data-question]').waitFor();
  await page.locator('.answer-yes').waitFor();
  const answerable = await page.evaluate(() => performance.now());
  await context.close();
  return { answerable };
}

async function throttled(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e) => (bytes += e.encodedDataLength));
  return { cdp, bytes: () => bytes };
}

// Records when the app marks itself ready, in the page's own clock.
const READY_PROBE = () => {
  new MutationObserver((_, observer) => {
    if (document.documentElement.dataset.ready === 'true') {
      window.__readyAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-ready'] });
};

async function paintOf(page) {
  return page.evaluate(() => performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint')?.startTime);
}

async function firstVisit(kind) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'pl-PL', serviceWorkers: 'allow' });
  const page = await context.newPage();
  await page.addInitScript(READY_PROBE);
  const { bytes } = await throttled(context, page);
  const url = kind === 'app' ? base : `${base}limit.html`;
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  // The emergency contacts are in the first paint of both pages.
  await page.locator('a[href="tel:112"]').first().waitFor({ state: 'visible' });
  const contacts = await paintOf(page);
  let interactive;
  if (kind === 'app') {
    await page.waitForFunction(() => window.__readyAt !== undefined, null, { timeout: 120_000 });
    interactive = await page.evaluate(() => window.__readyAt);
  } else {
    // No script: the page is usable once it is loaded and painted. Chromium
    // often ends the load event before the first paint, so the load alone
    // would credit the limit with being usable before anything is seen.
    const loaded = await page.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventEnd);
    interactive = Math.max(loaded, contacts);
  }
  const result = { contacts, interactive, bytes: bytes() };
  if (kind === 'app') {
    // Repeat visit: the service worker is warm.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    });
    await page.reload({ waitUntil: 'load' });
    await page.waitForFunction(() => window.__readyAt !== undefined, null, { timeout: 60_000 });
    result.repeat = await page.evaluate(() => window.__readyAt);
    await context.setOffline(true);
    await page.reload({ waitUntil: 'load' });
    await page.waitForFunction(() => window.__readyAt !== undefined, null, { timeout: 60_000 });
    result.offline = await page.evaluate(() => window.__readyAt);
    await context.setOffline(false);
    Object.assign(result, await interactions(page));
    // Bad signal: the server takes every request and never answers
    // (static-server.mjs's test hook); the installed app must not wait on it.
    await context.addCookies([{ name: 'stall', value: '1', url: base }]);
    await page.goto(base, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__readyAt !== undefined, null, { timeout: 60_000 });
    result.stalled = await page.evaluate(() => window.__readyAt);
  } else {
    result.repeat = result.offline = undefined;
  }
  await context.close();
  return result;
}

// Tap "yes" → the next question painted; switch language → new text painted.
async function interactions(page) {
  await page.goto(`${base}?view=check`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__readyAt !== undefined);
  await page.locator('.button-primary').click();
  await page.locator('[data-question]').waitFor();
  // The two waits every measurement below ends with, defined once in the page.
  await page.evaluate(() => {
    window.__bench = {
      // The frame showing the DOM as it is now has been painted.
      painted: () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))),
      // The app has made its write: `done()` holds after a mutation of
      // `target`. A MutationObserver sees the write in the same microtask
      // checkpoint, so the frame is awaited from the change on, as for the
      // floors' synchronous writes. (Polling with setTimeout let a frame
      // paint the change first and then waited for one more.)
      changed: (target, options, done) => new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (!done()) return;
          observer.disconnect();
          resolve();
        });
        observer.observe(target, options);
      }),
    };
  });
  // Several answers per run, not only the first: the first "yes" also
  // raises the 112 alert, and the questions differ in length and kind.
  const tap = await page.evaluate(async (taps) => {
    const times = [];
    for (let i = 0; i < taps && document.querySelector('.answer-yes'); i++) {
      const before = document.querySelector('[data-question]').dataset.question;
      // The app writes the next question in the microtasks after the click handler.
      const changed = window.__bench.changed(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-question'] },
        () => document.querySelector('[data-question]')?.dataset.question !== before);
      const start = performance.now();
      document.querySelector('.answer-yes').click();
      await changed;
      await window.__bench.painted();
      times.push(performance.now() - start);
      // A pause between taps, as between a person's answers, so one tap's
      // leftover work (the focus move, a garbage collection) is not the next's.
      await new Promise((r) => setTimeout(r, 100));
    }
    return times;
  }, TAPS);
  const switchLanguage = await page.evaluate(async () => {
    const select = document.querySelector('#lang-picker');
    const target = select.value === 'en' ? 'uk' : 'en';
    // As for the tap: the frame is awaited from the moment the app writes the new language.
    const changed = window.__bench.changed(document.documentElement, { attributes: true, attributeFilter: ['lang'] },
      () => document.documentElement.lang === target);
    const start = performance.now();
    select.value = target;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await changed;
    await window.__bench.painted();
    return performance.now() - start;
  });
  // The machine's floor for the same two measurements, in the same page:
  // a plain script changing the question's key and text (no app code), and
  // `<html lang>` changing alone (every text restyled, no app code). The
  // app's figures cannot go below these.
  const tapFloor = await page.evaluate(async (taps) => {
    const question = document.querySelector('[data-question]');
    const title = document.getElementById('question-text');
    const button = document.createElement('button');
    button.addEventListener('click', () => {
      question.dataset.question = `floor-${Math.random()}`;
      title.textContent = `${title.textContent} `;
    });
    document.body.append(button);
    const times = [];
    for (let i = 0; i < taps; i++) {
      const start = performance.now();
      button.click();
      await window.__bench.painted();
      times.push(performance.now() - start);
      await new Promise((r) => setTimeout(r, 100));
    }
    button.remove();
    return times;
  }, TAPS);
  const languageFloor = await page.evaluate(async () => {
    const html = document.documentElement;
    const start = performance.now();
    html.lang = html.lang === 'en' ? 'uk' : 'en';
    await window.__bench.painted();
    return performance.now() - start;
  });
  return { tap, switchLanguage, tapFloor, languageFloor };
}

const runs = { app: [], limit: [], qr: [], snapshot: [], check: [] };
for (let i = 0; i < PAIRS; i++) {
  for (const kind of ['app', 'limit']) {
    runs[kind].push(await firstVisit(kind));
    process.stdout.write(`  pair ${i + 1}/${PAIRS}: ${kind} done\r`);
  }
  for (const kind of ['qr', 'snapshot']) runs[kind].push(await qrVisit(kind));
  runs.check.push(await checkerVisit());
}
console.log('');

const median = (xs) => {
  const v = xs.filter((x) => typeof x === 'number').sort((a, b) => a - b);
  if (!v.length) return undefined;
  return v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
};
const spread = (xs) => {
  const v = xs.filter((x) => typeof x === 'number');
  return v.length ? [Math.min(...v), Math.max(...v)] : undefined;
};
// A run's figure may be a list (several taps): each value counts once.
const metric = (kind, key) => {
  const values = runs[kind].flatMap((r) => r[key]);
  return { median: median(values), spread: spread(values), samples: values.filter((x) => typeof x === 'number').length };
};

// Sizes of what is served.
function sizes() {
  const files = listFiles(dist);
  const row = (name, paths) => {
    const buffers = paths.map((p) => readFileSync(p));
    return {
      name,
      raw: buffers.reduce((n, b) => n + b.length, 0),
      gzip: buffers.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0),
      brotli: buffers.reduce((n, b) => n + brotliCompressSync(b).length, 0),
    };
  };
  const rows = [
    // The app's own module, the one every visit waits for (the budget's).
    row('.wasm (app)', files.filter((f) => /pocket-card-[^/]*\.wasm$/.test(f))),
    row('.js (app)', files.filter((f) => /pocket-card-.*\.js$/.test(f))),
    // Fetched when the first QR code is drawn, never before.
    row('QR worker (.wasm + .js)', files.filter((f) => /\/qr-worker[^/]*$/.test(f))),
    // The stylesheet is inlined into the page, so the page is its row.
    row('index.html (inline CSS)', [join(dist, 'index.html')]),
  ];
  for (const name of readdirSync(join(dist, 'locales'))) rows.push(row(`locale ${name.replace('.ftl', '')} (.ftl)`, files.filter((f) => f.endsWith(`/locales/${name}`))));
  // The static pages are not precached: the installed app opens them itself.
  const isStaticPage = (f) => /^[a-z]+\/(.+\/)?index\.html$/.test(relative(dist, f));
  rows.push(row('whole precache', files.filter((f) => !f.endsWith('/sw.js') && !isStaticPage(f))));
  rows.push(row(`static pages (${files.filter(isStaticPage).length}, not precached)`, files.filter(isStaticPage)));
  rows.push(row(`static page ${QR_PATH}`, [join(dist, QR_PATH, 'index.html')]));
  return rows;
}

// Lighthouse, mobile preset, against the app. Its figures swing with the
// machine's load (SIZE-POLICY.md), so it runs LIGHTHOUSE_RUNS times (default
// 5), each with a fresh profile, and each category's median is what counts.
const LIGHTHOUSE_RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 5);
function lighthouseOnce(run) {
  const reportPath = join(out, `lighthouse-${run}.json`);
  const profile = join(out, `lighthouse-profile-${run}`);
  rmSync(profile, { recursive: true, force: true });
  execFileSync(join(root, 'tests/bench/node_modules/.bin/lighthouse'), [
    base, '--quiet', '--output=json', `--output-path=${reportPath}`, '--form-factor=mobile',
    '--only-categories=performance,accessibility,best-practices,seo',
    `--chrome-flags=${CHROMIUM_ARGS.join(' ')} --user-data-dir=${profile}`,
  ], { env: { ...process.env, CHROME_PATH: CHROMIUM.binary }, stdio: ['ignore', 'ignore', 'inherit'], timeout: 300_000 });
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  const scores = Object.fromEntries(Object.entries(report.categories).map(([k, c]) => [k, Math.round(c.score * 100)]));
  const ms = (id) => Math.round(report.audits[id]?.numericValue ?? NaN);
  return { scores, lcp: ms('largest-contentful-paint'), tbt: ms('total-blocking-time') };
}

function lighthouse() {
  try {
    const runs = [];
    for (let run = 1; run <= LIGHTHOUSE_RUNS; run++) runs.push(lighthouseOnce(run));
    const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    const scores = Object.fromEntries(Object.keys(runs[0].scores).map((k) => [k, median(runs.map((r) => r.scores[k]))]));
    lighthouseDetail = {
      runs: runs.length,
      performance: runs.map((r) => r.scores.performance),
      lcp: median(runs.map((r) => r.lcp)),
      tbt: median(runs.map((r) => r.tbt)),
    };
    return scores;
  } catch (error) {
    return { error: String(error.message ?? error).split('\n')[0] };
  }
}
let lighthouseDetail = {};

const timings = [
  ['first visit: contacts visible (ms)', 'contacts'],
  ['first visit: interactive (ms)', 'interactive'],
  ['repeat visit: interactive (ms)', 'repeat'],
  ['offline visit: interactive (ms)', 'offline'],
  ['repeat visit, network hanging: interactive (ms)', 'stalled'],
];
const report = { pairs: PAIRS, profile: { cpu: '4x', network: NETWORK, viewport: '360x740' }, timings: {}, bytes: {}, interaction: {}, sizes: sizes() };
for (const [label, key] of timings) {
  const app = metric('app', key);
  const limit = metric('limit', key);
  report.timings[key] = { label, app, limit, ratio: app.median && limit.median ? app.median / limit.median : undefined };
}
report.bytes = { app: metric('app', 'bytes'), limit: metric('limit', 'bytes') };
report.qr = {
  readable: metric('qr', 'readable'),
  snapshot: metric('snapshot', 'readable'),
  takeover: metric('qr', 'takeover'),
  shift: metric('qr', 'shift'),
  checker: metric('check', 'answerable'),
};
report.qr.ratio = report.qr.readable.median / report.qr.snapshot.median;
report.interaction = {
  tap: metric('app', 'tap'),
  switchLanguage: metric('app', 'switchLanguage'),
  tapFloor: metric('app', 'tapFloor'),
  languageFloor: metric('app', 'languageFloor'),
};
report.lighthouse = lighthouse();
report.lighthouseDetail = lighthouseDetail;
await browser.close();
server.kill();

// Budgets.
const budgets = Object.fromEntries(
  readFileSync(join(root, 'tests/bench/budgets.toml'), 'utf8')
    .split('\n')
    .map((l) => l.replace(/#.*/, '').trim())
    .filter(Boolean)
    .map((l) => l.split('=').map((s) => s.trim()))
    .map(([k, v]) => [k, Number(v)]),
);
const over = [];
const check = (name, value, limit, atLeast = false) => {
  if (value === undefined || Number.isNaN(value)) return over.push(`${name}: not measured`);
  if (atLeast ? value < limit : value > limit) over.push(`${name}: ${fmt(value)} (budget ${atLeast ? '≥' : '≤'} ${limit})`);
};
const fmt = (x) => (typeof x === 'number' ? (Math.abs(x) >= 100 ? x.toFixed(0) : x.toFixed(2)) : '–');
check('wasm_gzip_bytes', report.sizes[0].gzip, budgets.wasm_gzip_bytes);
check('qr_card_readable_ratio', report.qr.ratio, budgets.qr_card_readable_ratio);
check('takeover_layout_shift', report.qr.shift.spread?.[1], budgets.takeover_layout_shift);
check('contacts_visible_ratio', report.timings.contacts.ratio, budgets.contacts_visible_ratio);
check('interactive_ratio', report.timings.interactive.ratio, budgets.interactive_ratio);
check('interaction_ms (tap)', report.interaction.tap.median, budgets.interaction_ms);
check('interaction_ms (language switch)', report.interaction.switchLanguage.median, budgets.interaction_ms);
check('lighthouse_performance', report.lighthouse.performance, budgets.lighthouse_performance, true);
check('lighthouse_accessibility', report.lighthouse.accessibility, budgets.lighthouse_accessibility, true);
check('lighthouse_best_practices', report.lighthouse['best-practices'], budgets.lighthouse_best_practices, true);
report.over_budget = over;

// For a figure over budget, whether any app could meet it here: the
// interactive budget against the time the first visit's bytes take to
// arrive at all (its transfer plus the page's and the wasm's round trips),
// and the interaction budget against the floor measured in the same page.
const floors = [];
const interactiveBudget = budgets.interactive_ratio * report.timings.interactive.limit.median;
const transferFloor = report.bytes.app.median / NETWORK.downloadThroughput * 1000 + 2 * NETWORK.latency;
if (report.timings.interactive.ratio > budgets.interactive_ratio && transferFloor > interactiveBudget) {
  floors.push(`interactive: the first visit's ${fmt(report.bytes.app.median)} B take ${fmt(transferFloor)} ms to arrive (transfer + 2 round trips), more than ${budgets.interactive_ratio} × limit = ${fmt(interactiveBudget)} ms, before any code runs`);
}
for (const [name, figure, floor] of [['tap', report.interaction.tap, report.interaction.tapFloor], ['language switch', report.interaction.switchLanguage, report.interaction.languageFloor]]) {
  if (figure.median > budgets.interaction_ms && floor.median > budgets.interaction_ms) {
    floors.push(`${name}: the floor alone (no app code) takes ${fmt(floor.median)} ms, over the ${budgets.interaction_ms} ms budget`);
  }
}
report.out_of_reach = floors;

// The table.
const lines = [];
lines.push(`# Pocket Card bench: ${PAIRS} alternating pairs, CPU 4×, slow 4G (150 ms, 1.6/0.75 Mbit/s), 360×740`, '');
lines.push('| timing | app median (min–max) | limit median (min–max) | app ÷ limit |', '|---|---|---|---|');
// A median with its spread; `samples` adds the count (the interactions pool several per run).
const cell = (m, samples = false) => (m.median === undefined ? '–' : `${fmt(m.median)} (${fmt(m.spread[0])}–${fmt(m.spread[1])}${samples ? `, n=${m.samples}` : ''})`);
for (const [, key] of timings) {
  const t = report.timings[key];
  lines.push(`| ${t.label} | ${cell(t.app)} | ${cell(t.limit)} | ${t.ratio === undefined ? '–' : t.ratio.toFixed(2) + '×'} |`);
}
lines.push(`| QR link (\`${QR_PATH}\`) → card readable (ms) | ${cell(report.qr.readable)} | static snapshot of the same card ${cell(report.qr.snapshot)} | ${report.qr.ratio.toFixed(2)}× snapshot |`);
lines.push(`| QR link: the app has taken over (ms) | ${cell(report.qr.takeover)} | – | – |`);
lines.push(`| QR link: layout shift (CLS) from first paint to takeover + 0.5 s | ${report.qr.shift.median?.toFixed(4)} (max ${report.qr.shift.spread?.[1].toFixed(4)}) | – | – |`);
lines.push(`| checker (\`?view=check\`): first question answerable (ms) | ${cell(report.qr.checker)} | – | – |`);
lines.push(`| first visit: bytes transferred | ${fmt(report.bytes.app.median)} | ${fmt(report.bytes.limit.median)} | ${(report.bytes.app.median / report.bytes.limit.median).toFixed(1)}× |`);
const { tap, tapFloor, switchLanguage, languageFloor } = report.interaction;
lines.push(`| tap "yes" → next question painted (ms) | ${cell(tap, true)} | floor: a plain script's DOM change ${cell(tapFloor, true)} | ${(tap.median / tapFloor.median).toFixed(2)}× floor |`);
lines.push(`| language switch → text painted (ms) | ${cell(switchLanguage, true)} | floor: \`<html lang>\` change alone ${cell(languageFloor, true)} | ${(switchLanguage.median / languageFloor.median).toFixed(2)}× floor |`, '');
lines.push('| file | raw | gzip | brotli |', '|---|---|---|---|');
for (const s of report.sizes) lines.push(`| ${s.name} | ${s.raw} | ${s.gzip} | ${s.brotli} |`);
lines.push('', `Lighthouse (mobile, median of ${lighthouseDetail.runs ?? 0} runs): ${Object.entries(report.lighthouse).map(([k, v]) => `${k} ${v}`).join(', ')}` +
  (lighthouseDetail.runs ? ` (performance per run ${lighthouseDetail.performance.join(', ')}; LCP ${lighthouseDetail.lcp} ms, TBT ${lighthouseDetail.tbt} ms)` : ''), '');
lines.push(over.length ? `Over budget: ${over.join('; ')}` : 'All budgets met.');
if (floors.length) lines.push('', `Out of reach on this machine and profile: ${floors.join('; ')}.`);
const summary = `bench: QR card ${report.qr.ratio?.toFixed(2)}× snapshot, CLS ${report.qr.shift.spread?.[1]}, contacts ${report.timings.contacts.ratio?.toFixed(2)}× limit, interactive ${report.timings.interactive.ratio?.toFixed(2)}× limit, wasm ${report.sizes[0].gzip} B gzip, tap ${fmt(report.interaction.tap.median)} ms, ${over.length ? `${over.length} over budget` : 'all budgets met'}`;
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'report.md'), lines.join('\n') + '\n');
writeFileSync(join(out, 'report.json'), JSON.stringify(report, null, 2) + '\n');
console.log(lines.join('\n'));
console.log(`\nreport: ${relative(root, join(out, 'report.md'))}, ${relative(root, join(out, 'report.json'))}`);
console.log(summary);
process.exit(over.length ? 1 : 0);
