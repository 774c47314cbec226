// Bad signal ("lie-fi"): once installed, the app must not wait on a network
// that takes requests and never answers them, the common case in a basement
// corridor or a crowded reception point, and updates must still arrive.
import { test, expect } from '@playwright/test';
import { messages, openApp, ORIGIN, startServer, waitForServiceWorker } from './helpers.js';

// A port of this file's own, next to the two servers of playwright.config.js.
const STALL_PORT = Number(process.env.E2E_PORT ?? 4173) + 2;
const SHOWN_WITHIN_MS = 1500;

test('on a network that hangs, a repeat visit shows 112 and the home screen at once, and the app works', async ({ browser }) => {
  const server = await startServer(STALL_PORT);
  const context = await browser.newContext({ locale: 'de-DE' });
  try {
    const page = await context.newPage();
    await openApp(page, `${server.url}?lang=en`);
    await waitForServiceWorker(page);

    // From now on the server takes every request and never answers it
    // (static-server.mjs); a request of the test's own proves it does.
    await context.addCookies([{ name: 'stall', value: '1', url: server.url }]);
    const probe = await context.request
      .get(`${server.url}manifest.webmanifest`, { timeout: 1000 })
      .then(() => 'answered', () => 'no answer');
    expect(probe).toBe('no answer');

    const m = messages('en');
    const started = Date.now();
    // "commit": the test measures what is on screen, not the load event.
    await page.goto(`${server.url}?lang=en`, { waitUntil: 'commit', timeout: SHOWN_WITHIN_MS });
    await expect(page.locator('a[href="tel:112"]:visible').first()).toBeVisible({ timeout: SHOWN_WITHIN_MS });
    await expect(page.locator('.tagline')).toHaveText(m['app-tagline'], { timeout: SHOWN_WITHIN_MS });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(m['app-name'], { timeout: SHOWN_WITHIN_MS });
    const shownAfter = Date.now() - started;
    expect(shownAfter).toBeLessThan(SHOWN_WITHIN_MS);

    // Usable, not only painted: a card, another screen and another language.
    await page.getByRole('link', { name: m['home-cards-title'] }).click();
    await page.getByRole('link', { name: m['card-police-title'] }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(m['card-police-title']);
    await expect(page.locator('.card-contacts a[href="tel:112"]')).toBeVisible();
    await page.locator('#lang-picker').selectOption('uk');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages('uk')['card-police-title']);
  } finally {
    await context.close();
    await server.stop();
  }
});

// The page now comes from the cache rather than the network, so the update
// check is what carries a new deploy: a visit alone must bring the notice.
test('a visit served from the cache still finds a new version and offers it', async ({ page, context }) => {
  await openApp(page, './?lang=en');
  await waitForServiceWorker(page);
  const before = await page.evaluate(() => caches.keys());
  await context.addCookies([{ name: 'sw-variant', value: 'next', url: ORIGIN }]);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  // This visit is still the installed version, served by its worker.
  expect(await page.evaluate(() => caches.keys())).toEqual(before);
  await expect(page.locator('.notice', { hasText: messages('en')['notice-update-ready'] })).toBeVisible({ timeout: 15_000 });
});
