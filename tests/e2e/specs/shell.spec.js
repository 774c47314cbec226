// The app mounts, speaks each language, remembers the choice and survives
// bad links and broken storage.
import { test, expect } from '@playwright/test';
import { LANGS, messages, openApp, recordRequests, SUB_PATH } from './helpers.js';

test('mounts over the static contacts and marks itself ready', async ({ page }) => {
  await openApp(page);
  await expect(page.locator('#static-help')).toBeHidden();
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages('pl')['app-name']);
});

for (const lang of LANGS) {
  test(`home and contacts are translated: ${lang}`, async ({ page }) => {
    const m = messages(lang);
    await openApp(page, `./?lang=${lang}`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('.tagline')).toHaveText(m['app-tagline']);
    await expect(page.locator('.entries')).toContainText(m['home-contacts-title']);
    await page.getByRole('link', { name: m['home-contacts-title'] }).click();
    await expect(page).toHaveURL(/view=contacts/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(m['contacts-title']);
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await expect(page.locator('#main')).toContainText(m['contact-kcik-name']);
    await expect(page.locator('#main')).toContainText(m['hours-always']);
    // No message id leaked through as text (a missing translation).
    await expect(page.locator('body')).not.toContainText(/\b(contact|hours|label|languages-note|lang-name)-[a-z_]+/);
  });
}

test('switching language re-renders in place and survives a reload', async ({ page }) => {
  await openApp(page, './?view=contacts');
  let loads = 0;
  page.on('load', () => loads++);
  await page.getByLabel(messages('pl')['language-label']).selectOption('uk');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages('uk')['contacts-title']);
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  expect(loads, 'no page reload on switch').toBe(0);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages('uk')['contacts-title']);
  await expect(page.getByLabel(messages('uk')['language-label'])).toHaveValue('uk');
});

test('a link language beats the saved one, and the browser language beats Polish', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'ru-RU' });
  const page = await context.newPage();
  await openApp(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await page.getByLabel(messages('ru')['language-label']).selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await openApp(page, './?lang=uk');
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  await context.close();
});

// preload-lang.js makes the app's own choice while the wasm downloads; the
// app's fetch must then reuse that download, not start a second one.
for (const [how, path, locale, saved, expected] of [
  ['a link', './?lang=uk-UA', 'de-DE', null, 'uk'],
  ['a saved choice', './', 'en-GB', 'ru', 'ru'],
  ['a choice saved by an earlier version', './', 'en-GB', '"vi"', 'vi'],
  ['the browser', './', 'tl-PH', null, 'fil'],
  ['the default', './?lang=xx', 'de-DE', '{corrupted', 'pl'],
]) {
  test(`the language file is fetched once, while the wasm downloads: ${how}`, async ({ browser }) => {
    const context = await browser.newContext({ locale, serviceWorkers: 'block' });
    const page = await context.newPage();
    if (saved) await page.addInitScript((value) => localStorage.setItem('pocket-card.lang', value), saved);
    const requests = recordRequests(page);
    await openApp(page, path);
    await expect(page.locator('html')).toHaveAttribute('lang', expected);
    expect(requests.filter((url) => url.includes('/locales/'))).toEqual([expect.stringMatching(new RegExp(`/locales/${expected}\\.ftl$`))]);
    const entries = await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.includes('/locales/')).map((e) => e.initiatorType));
    expect(entries, 'started by the preload, before the app ran').toEqual(['link']);
    await context.close();
  });
}

test('an unknown language or screen in the link falls back with a notice', async ({ page }) => {
  await openApp(page, './?lang=xx&view=nowhere');
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  const notices = page.locator('.notice');
  await expect(notices).toHaveCount(2);
  await expect(notices.first()).toContainText('Polski');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages('pl')['app-name']);
  // The other notice stays the same element, untouched: the notices are a
  // live region, and a rebuilt notice would be read out again.
  await notices.nth(1).evaluate((element) => { element.dataset.seen = 'yes'; });
  await page.evaluate(() => {
    window.__noticeMutations = 0;
    new MutationObserver((records) => { window.__noticeMutations += records.length; })
      .observe(document.querySelectorAll('.notice')[1], { subtree: true, childList: true, characterData: true });
  });
  await notices.first().getByRole('button').click();
  await expect(notices).toHaveCount(1);
  await expect(notices.first()).toHaveAttribute('data-seen', 'yes');
  expect(await page.evaluate(() => window.__noticeMutations)).toBe(0);
});

test('the back button returns to the previous screen', async ({ page }) => {
  await openApp(page);
  await page.getByRole('link', { name: messages('pl')['home-contacts-title'] }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages('pl')['contacts-title']);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages('pl')['app-name']);
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages('pl')['contacts-title']);
});

test('corrupted storage is ignored', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('pocket-card.lang', '{not json'));
  await openApp(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
});

test('storage that throws does not stop the app', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
  });
  await openApp(page);
  await page.getByLabel(messages('pl')['language-label']).selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('a language that cannot be fetched keeps the current one, with a notice', async ({ browser }) => {
  // No service worker here: it would answer from its cache, as it should.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await openApp(page);
  await page.route('**/locales/uk.ftl', (route) => route.abort());
  await page.getByLabel(messages('pl')['language-label']).selectOption('uk');
  await expect(page.locator('.notice')).toContainText(messages('pl')['notice-language-failed']);
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  await expect(page.getByLabel(messages('pl')['language-label'])).toHaveValue('pl');
  await context.close();
});

test('works from a sub-path of a static host', async ({ page }) => {
  await openApp(page, `${SUB_PATH}?lang=en&view=contacts`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages('en')['contacts-title']);
  await page.getByRole('link', { name: messages('en')['app-name'] }).click();
  await expect(page).toHaveURL(/\/some\/path\//);
  await expect(page.locator('.tagline')).toHaveText(messages('en')['app-tagline']);
});

test('fits a 320 px wide screen without sideways scrolling', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 }, locale: 'uk-UA' });
  const page = await context.newPage();
  for (const path of ['./', './?view=contacts']) {
    await openApp(page, path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await context.close();
});
