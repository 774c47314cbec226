// Offline and private by construction: the service worker, the CSP, the
// update flow, installability and bad input.
import { test, expect } from '@playwright/test';
import { LANGS, messages, openApp, ORIGIN, startServer, waitForServiceWorker } from './helpers.js';

// Installing the worker downloads the whole build, every language included.
// On a slow link that must not compete with what the user is waiting for, so
// it starts once the app is ready, and revalidates (rather than downloads
// again) the files the page already has.
test('the service worker starts once the app is ready, and takes no second copy of the page files', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'pl-PL' });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const register = ServiceWorkerContainer.prototype.register;
    ServiceWorkerContainer.prototype.register = function (...args) {
      window.__registeredWhenReady = document.documentElement.dataset.ready === 'true';
      return register.apply(this, args);
    };
  });
  const pageFiles = [];
  page.on('requestfinished', (request) => pageFiles.push(new URL(request.url()).pathname));
  const workerBodies = new Map();
  context.on('requestfinished', async (request) => {
    if (request.serviceWorker()) workerBodies.set(new URL(request.url()).pathname, (await request.sizes()).responseBodySize);
  });
  await openApp(page, './');
  await waitForServiceWorker(page);
  // The worker is in charge once every file is cached, but the browser
  // reports its requests (and their sizes) a little later: on a busy machine
  // some are still on their way. Wait until each cached file is reported.
  const cached = await page.evaluate(async () => {
    const cache = await caches.open((await caches.keys())[0]);
    return (await cache.keys()).map((request) => new URL(request.url).pathname);
  });
  expect(cached.length).toBeGreaterThan(20);
  await expect.poll(() => cached.filter((path) => !workerBodies.has(path))).toEqual([]);
  expect(await page.evaluate(() => window.__registeredWhenReady)).toBe(true);
  const downloaded = pageFiles.filter((path) => /\.(wasm|js|ftl)$|\/$/.test(path));
  expect(downloaded.filter((path) => path.endsWith('.wasm'))).toHaveLength(1);
  expect(downloaded).toContainEqual(expect.stringMatching(/\/locales\/pl\.ftl$/));
  for (const path of downloaded) expect({ path, body: workerBodies.get(path) }).toEqual({ path, body: 0 });
  // The rest of the build does come down: the check above is not vacuous.
  expect(workerBodies.get('/locales/uk.ftl')).toBeGreaterThan(1000);
  await context.close();
});

test('after one visit everything works with the server gone and the network off', async ({ browser }) => {
  // Beside the two suite servers' ports, so checkouts testing at once never meet.
  const server = await startServer(Number(process.env.E2E_PORT ?? 4173) + 7);
  // Stopped even when the test fails, or the port stays taken for the next run.
  try {
    await afterOneVisit(browser, server);
  } finally {
    await server.stop();
  }
});

async function afterOneVisit(browser, server) {
  const context = await browser.newContext({ locale: 'de-DE' });
  const page = await context.newPage();
  await openApp(page, server.url);
  await waitForServiceWorker(page);
  await server.stop();
  await context.setOffline(true);

  const requests = [];
  page.on('requestfinished', async (request) => {
    const response = await request.response();
    requests.push({ url: request.url(), fromServiceWorker: response?.fromServiceWorker() ?? false });
  });
  // A request the page itself abandons by navigating away (the favicon of
  // the page left by `goto` below, now and then) ends as ERR_ABORTED: it
  // never reached any network, so it says nothing about working offline.
  // Anything the worker did not serve reaches the offline network and fails
  // with another error, which this test still catches.
  page.on('requestfailed', (request) => {
    const error = request.failure()?.errorText ?? '';
    if (error !== 'net::ERR_ABORTED') requests.push({ url: request.url(), failed: true, error });
  });

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  for (const lang of LANGS) {
    await page.locator('#lang-picker').selectOption(lang);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('.tagline')).toHaveText(messages(lang)['app-tagline']);
  }
  await page.getByRole('link', { name: messages('ru')['home-contacts-title'] }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages('ru')['contacts-title']);
  // A deep link, typed in while offline.
  await page.goto(`${server.url}?lang=uk&view=check`);
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages('uk')['check-title']);
  await page.getByRole('button', { name: messages('uk')['check-start'] }).click();
  // "Alone with you?", then a high-risk sign.
  await page.locator('.answer-yes').click();
  await expect(page.locator('[data-question="safety:psychiatric_crisis"]')).toBeVisible();
  await page.locator('.answer-yes').click();
  await page.getByRole('button', { name: messages('uk')['check-finish-now'] }).click();
  await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'immediate_danger');
  // A card, with the QR code the worker draws: its files come from the cache
  // too, though no page had asked for them before.
  await page.goto(`${server.url}?lang=uk&card=volunteer`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages('uk')['card-volunteer-title']);
  await expect(page.locator('.qr-code svg')).toHaveCount(1);

  const notFromCache = requests.filter((r) => !r.fromServiceWorker);
  expect(notFromCache, JSON.stringify(requests, null, 1)).toEqual([]);
  await context.close();
}

test('the whole session stays on the origin, and nothing is fetched after load', async ({ page, baseURL }) => {
  await openApp(page);
  await waitForServiceWorker(page);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  const afterLoad = [];
  page.on('requestfinished', async (request) => {
    const response = await request.response();
    if (!response?.fromServiceWorker()) afterLoad.push(request.url());
  });
  const everything = [];
  page.on('request', (request) => everything.push(request.url()));
  for (const lang of LANGS) await page.locator('#lang-picker').selectOption(lang);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await page.getByRole('link', { name: messages('ru')['home-contacts-title'] }).click();
  for (const summary of await page.locator('summary').all()) await summary.click();
  await page.getByRole('link', { name: messages('ru')['app-name'] }).click();
  const origin = new URL(baseURL).origin;
  expect(everything.filter((url) => new URL(url).origin !== origin)).toEqual([]);
  expect(afterLoad, `requests that reached the network after load:\n${afterLoad.join('\n')}`).toEqual([]);
});

test('the Content-Security-Policy is strict and nothing violates it', async ({ page }) => {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await openApp(page, './?lang=en&view=check');
  await page.getByRole('button', { name: messages('en')['check-start'] }).click();
  await page.locator('.answer-yes').click();
  await page.getByRole('button', { name: messages('en')['check-finish-now'] }).click();
  await page.locator('#lang-picker').selectOption('uk');
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  // The QR worker loads and compiles its own module under the same policy.
  await page.goto('./?lang=uk&card=police');
  await expect(page.locator('.qr-code svg')).toHaveCount(1);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/]+=*'/);
  expect(csp).toContain("connect-src 'self'");
  expect(csp).toContain("base-uri 'none'");
  expect(csp).toContain("form-action 'none'");
  expect(csp).not.toContain('unsafe-inline');
  await expect(page.locator('meta[name="referrer"]')).toHaveAttribute('content', 'no-referrer');
  expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
});

test('a new version waits for the user, then replaces the old one and its cache', async ({ page, context }) => {
  await openApp(page, './?lang=en');
  await waitForServiceWorker(page);
  const before = await page.evaluate(() => caches.keys());
  expect(before).toHaveLength(1);

  await context.addCookies([{ name: 'sw-variant', value: 'next', url: ORIGIN }]);
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  const notice = page.locator('.notice', { hasText: messages('en')['notice-update-ready'] });
  await expect(notice).toBeVisible({ timeout: 15_000 });
  // Nothing changes until the user taps.
  expect(await page.evaluate(() => caches.keys())).toContain(before[0]);
  await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: messages('en')['notice-update-reload'] }).click()]);
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  await expect
    .poll(() => page.evaluate(() => caches.keys()), { timeout: 10_000 })
    .toEqual([`${before[0]}-next`]);
});

test('a broken deploy (a missing file) leaves the installed version working', async ({ page, context }) => {
  await openApp(page, './?lang=pl');
  await waitForServiceWorker(page);
  const before = await page.evaluate(() => caches.keys());
  await context.addCookies([{ name: 'sw-variant', value: 'broken', url: ORIGIN }]);
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration.update().catch(() => {});
    const worker = registration.installing;
    if (worker) await new Promise((resolve) => worker.addEventListener('statechange', () => worker.state === 'redundant' && resolve()));
  });
  expect(await page.evaluate(() => caches.keys())).toEqual(before);
  await expect(page.locator('.notice', { hasText: messages('pl')['notice-update-ready'] })).toHaveCount(0);
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  await context.setOffline(false);
});

test('Chrome finds the app installable', async ({ playwright, baseURL }, testInfo) => {
  // Installability is never reported in an incognito context, so this test
  // uses a persistent one, with a fresh profile folder of its own, in the
  // suite's Chromium (playwright.config.js).
  const profile = testInfo.outputPath('chromium-profile');
  const context = await playwright.chromium.launchPersistentContext(profile, testInfo.project.use.launchOptions);
  try {
    const page = await context.newPage();
    await openApp(page, baseURL);
    await waitForServiceWorker(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    const manifest = await (await page.request.get(`${baseURL}manifest.webmanifest`)).json();
    expect(manifest.start_url).toBe('./');
    expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
  } finally {
    await context.close();
  }
});

const badLinks = [
  // Long enough to matter, short enough for the server's 16 KB header limit.
  ['a very long query string', `./?lang=${'x'.repeat(5000)}&view=${'y'.repeat(5000)}`],
  ['malformed percent-encoding', './?lang=%E0%A4%A&view=%%'],
  ['repeated and odd parameters', './?lang=&lang=uk&view=contacts&view[]=1&&&=&'],
  ['a script in a parameter', './?lang=<script>alert(1)</script>&view="><img src=x>'],
];
for (const [name, link] of badLinks) {
  test(`bad link: ${name} falls back cleanly`, async ({ page }) => {
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('dialog', (dialog) => {
      errors.push(`dialog: ${dialog.message()}`);
      dialog.dismiss();
    });
    await openApp(page, link);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('.emergency-strip a[href="tel:112"]')).toBeVisible();
    expect(errors).toEqual([]);
  });
}
