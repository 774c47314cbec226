// Static pages (src/static_page.rs, rendered at build time with the app's own
// components): each pocket card opens from its QR address complete without
// JavaScript, in every language; the app takes the page over without a
// layout shift; the installed app opens any of them offline.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { ALL_LANGS, contacts, expectAxeClean, messages, SUB_PATH, waitForServiceWorker } from './helpers.js';

const cards = JSON.parse(readFileSync(new URL('../../../src/content/cards.json', import.meta.url), 'utf8'));
// The mission's four: every card names them, and each has a number to tap.
const MISSION = contacts().filter((c) => c.mission).map((c) => c.id);
const PAGES = ['', 'contacts/', 'cards/', 'about/', ...cards.map((c) => `card/${c.id}/`)];

test('the mission has four contacts', () => {
  expect(MISSION).toEqual(['emergency', 'kcik', 'lastrada', 'police_helpline']);
});

for (const lang of ALL_LANGS) {
  test(`without JavaScript, every page in ${lang} is complete and axe-clean, from a sub-path`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'de-DE' });
    const page = await context.newPage();
    const m = messages(lang);
    try {
      for (const card of cards) {
        // The address its QR code holds.
        const response = await page.goto(`${SUB_PATH}${lang}/card/${card.id}/`);
        expect(response.status()).toBe(200);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expect(page.locator('html')).not.toHaveAttribute('data-ready', 'true');
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(m[`card-${card.id}-title`]);
        await expect(page.locator('#main li[data-sign]')).toHaveCount(card.signs?.length ?? 0);
        const named = await page.locator('.card-contacts [data-contact]').evaluateAll((els) => els.map((e) => e.dataset.contact));
        expect(named).toEqual(expect.arrayContaining(MISSION));
        for (const id of MISSION) {
          const number = contacts().find((c) => c.id === id).numbers[0].dial;
          await expect(page.locator(`.card-contacts [data-contact="${id}"] a[href="tel:${number}"]`)).toBeVisible();
        }
        await expect(page.locator('#static-help')).toBeHidden();
        await expect(page.locator('.emergency-strip a[href="tel:112"]')).toBeVisible();
        // The QR code names the app's full address, which only the browser
        // knows: its box keeps the place, empty, for the app to fill.
        await expect(page.locator('.qr-code')).toHaveCount(1);
        await expect(page.locator('.qr-code')).toBeEmpty();
        expect(await page.locator('.qr-code').evaluate((el) => el.getBoundingClientRect().height)).toBeGreaterThan(100);
      }
      for (const path of PAGES) {
        await page.goto(`${SUB_PATH}${lang}/${path}`);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expect(page.locator('body')).not.toContainText(/\b(step|talk|law|advice|right|card|home|contacts|about)-[a-z0-9-]+\b/);
        // The same screen in every other language, one link each.
        const others = page.locator('.static-langs a');
        await expect(others).toHaveCount(ALL_LANGS.length);
        await expect(page.locator(`.static-langs a[hreflang="${lang}"]`)).toHaveAttribute('aria-current', 'page');
        await expect(page.locator('#lang-picker')).toBeHidden();
      }
    } finally {
      await context.close();
    }
  });

  test(`axe-core: every static page in ${lang}, as shown without JavaScript`, async ({ browser }) => {
    const context = await browser.newContext({ locale: 'de-DE' });
    const page = await context.newPage();
    await withoutScripts(page);
    try {
      for (const path of PAGES) {
        await page.goto(`${SUB_PATH}${lang}/${path}`);
        await expect(page.locator('.static-langs a')).toHaveCount(ALL_LANGS.length);
        await expectAxeClean(page, `${lang}/${path}`);
      }
    } finally {
      await context.close();
    }
  });
}

/**
 * axe-core needs JavaScript in the page, so the page is shown as a browser
 * without JavaScript shows it: no script elements, and what <noscript> holds.
 */
async function withoutScripts(page) {
  await page.route('**/*', async (route) => {
    const request = route.request();
    if (request.resourceType() === 'script') return route.abort();
    if (request.resourceType() !== 'document') return route.continue();
    const response = await route.fetch();
    const html = (await response.text())
      .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
      .replace(/<link[^>]*rel=(modulepreload|preload)[^>]*>/g, '')
      .replace(/<\/?noscript>/g, '');
    await route.fulfill({ response, body: html });
  });
}

test('without JavaScript, the links lead from page to page and language to language', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${SUB_PATH}uk/`);
  // A screen that needs answers opens in the app, in the same language.
  await expect(page.getByRole('link', { name: messages('uk')['home-check-title'] })).toHaveAttribute('href', '../?lang=uk&view=check');
  await page.getByRole('link', { name: messages('uk')['home-cards-title'] }).click();
  await expect(page).toHaveURL(`${SUB_PATH}uk/cards/`);
  await page.getByRole('link', { name: messages('uk')['card-police-title'] }).click();
  await expect(page).toHaveURL(`${SUB_PATH}uk/card/police/`);
  await page.locator('.static-langs a[hreflang="ar"]').click();
  await expect(page).toHaveURL(`${SUB_PATH}ar/card/police/`);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages('ar')['card-police-title']);
  await page.locator('.app-footer a').click();
  await expect(page).toHaveURL(`${SUB_PATH}ar/about/`);
  await expect(page.locator('.app-header a.brand')).toHaveAttribute('href', '../../ar/');
  await context.close();
});

test('the app takes a static page over with no layout shift, and everything then works as in the app', async ({ page }) => {
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shifts.push(entry.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${SUB_PATH}uk/card/volunteer/`);
  const m = messages('uk');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(m['card-volunteer-title']);
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  // The address is the app's own for the same screen, so a reload or a
  // bookmark opens it again, and relative addresses resolve from the app.
  await expect(page).toHaveURL(`${SUB_PATH}?lang=uk&card=volunteer`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(m['card-volunteer-title']);
  await expect(page.locator('.qr-code svg')).toHaveCount(1);
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => window.__shifts)).toEqual([]);
  // Interactive: the checker starts from the card; the language switches.
  await page.getByRole('button', { name: m['card-start-check'] }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(m['check-title']);
  await page.locator('#lang-picker').selectOption('en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages('en')['check-title']);
  expect(errors).toEqual([]);
});

// A phone on weak signal paints a page before all of it has arrived. The
// header and the 112 strip must not move meanwhile: the first paint waits
// until they are whole (static_page::first_paint_hint), and the app shell's
// help block moves nothing when the app hides it. Once the page is all
// there, taking it over moves nothing at all.
for (const address of ['uk/card/volunteer/', 'ar/card/health/', 'pl/', 'uk/contacts/', '?lang=uk&card=volunteer', '']) {
  test(`arriving piece by piece on a slow link, "${address}" keeps 112 still and the takeover moves nothing`, async ({ browser }) => {
    const context = await browser.newContext({ locale: 'de-DE', serviceWorkers: 'block' });
    await context.addCookies([{ name: 'dribble', value: '1', url: SUB_PATH }]);
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.__moved = { top: [], takeover: [] };
      window.__paintsWhileParsing = 0;
      const count = () => {
        if (document.readyState === 'loading') window.__paintsWhileParsing += 1;
        requestAnimationFrame(count);
      };
      requestAnimationFrame(count);
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          for (const { node } of entry.sources) {
            const element = node?.nodeType === Node.TEXT_NODE ? node.parentElement : node;
            const name = `${entry.value.toFixed(4)} ${element?.id || element?.className || element?.nodeName}`;
            if (document.readyState !== 'loading') window.__moved.takeover.push(name);
            else if (!element || element === document.body || element.closest('.app-header, .emergency-strip')) window.__moved.top.push(name);
          }
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    try {
      await page.goto(`${SUB_PATH}${address}`);
      await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
      await expect(page.locator('.emergency-strip a[href="tel:112"]')).toBeVisible();
      await page.waitForTimeout(300);
      // The slow link did what it is here for: the page was painted before
      // it had all arrived. (The app shell's body is only its last 2 KB, so
      // on a busy machine that can be a single paint.)
      expect(await page.evaluate(() => window.__paintsWhileParsing)).toBeGreaterThan(0);
      expect(await page.evaluate(() => window.__moved)).toEqual({ top: [], takeover: [] });
    } finally {
      await context.close();
    }
  });
}

test('the installed app opens a visited and a never-visited static page offline', async ({ page, context }) => {
  await page.goto(`${SUB_PATH}pl/card/police/`);
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  await waitForServiceWorker(page);
  await context.setOffline(true);
  for (const [lang, id] of [['pl', 'police'], ['ar', 'person'], ['fil', 'inspector']]) {
    await page.goto(`${SUB_PATH}${lang}/card/${id}/`);
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages(lang)[`card-${id}-title`]);
  }
  await page.goto(`${SUB_PATH}uk/contacts/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages('uk')['contacts-title']);
  await context.setOffline(false);
});

test('the static pages are not in the precache: the install stays one copy of the app', async ({ request }) => {
  const sw = await (await request.get(`${SUB_PATH}sw.js`)).text();
  const list = JSON.parse(/const PRECACHE = (\[.*\]);/.exec(sw)[1]);
  expect(list).toContain('./');
  expect(list.filter((path) => /^[a-z]+\//.test(path) && path.endsWith('index.html'))).toEqual([]);
  expect(list.length).toBeLessThan(40);
});
