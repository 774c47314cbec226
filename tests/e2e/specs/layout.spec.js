// The first screen belongs to the content: the header and the 112 strip take
// at most a fifth of a small phone's screen in every language, the header
// never wraps, and 112 stays one tap away however far the page scrolls.
// On answer buttons the person's language is the larger, bolder line.
import { test, expect } from '@playwright/test';
import { ALL_LANGS, expectAxeClean, openApp, toPersonQuestions } from './helpers.js';

const STRIP_CALL = '.emergency-strip a[href="tel:112"]';

/** The part of the viewport's height the header and the strip cover, 0–1. */
async function chromeShare(page) {
  return page.evaluate(() => {
    const boxes = ['.app-header', '.emergency-strip'].map((s) => document.querySelector(s).getBoundingClientRect());
    const top = Math.max(0, Math.min(...boxes.map((b) => b.top)));
    const bottom = Math.min(innerHeight, Math.max(...boxes.map((b) => b.bottom)));
    return Math.max(0, bottom - top) / innerHeight;
  });
}

/** The strip's 112 link is wholly on screen and nothing lies on top of it. */
async function expectCallReachable(page, what) {
  const call = page.locator(STRIP_CALL);
  await expect(call, what).toBeInViewport({ ratio: 1 });
  const onTop = await call.evaluate((a) => {
    const r = a.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return a === hit || a.contains(hit);
  });
  expect(onTop, `${what}: nothing covers 112`).toBe(true);
  const box = await call.boundingBox();
  expect(box.width, `${what}: 112 is 44 px wide at least`).toBeGreaterThanOrEqual(44);
  expect(box.height, `${what}: 112 is 44 px high at least`).toBeGreaterThanOrEqual(44);
}

async function scrollToBottom(page) {
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect.poll(() => page.evaluate(() => Math.ceil(scrollY + innerHeight) >= document.documentElement.scrollHeight - 1)).toBe(true);
}

for (const lang of ALL_LANGS) {
  test(`header and 112 strip fit a fifth of 360×740 and 112 stays on screen: ${lang}`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const path of [`./?lang=${lang}`, `./?lang=${lang}&card=police`]) {
      await openApp(page, path);
      expect(await chromeShare(page), `${path}: share of the screen`).toBeLessThanOrEqual(0.2);
      // One line: the picker sits beside the app's name, and nothing spills sideways.
      const brand = await page.locator('.brand').boundingBox();
      const picker = await page.locator('#lang-picker').boundingBox();
      expect(picker.y, `${path}: the picker is on the name's line`).toBeLessThan(brand.y + brand.height);
      expect(await page.locator('.app-header').evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
      await expectCallReachable(page, `${path} at the top`);
    }
    // Long pages: at their very end 112 is still on screen, and covers nothing for good.
    for (const path of [`./?lang=${lang}&card=police`, `./?lang=${lang}&view=contacts`]) {
      await openApp(page, path);
      await scrollToBottom(page);
      await expectCallReachable(page, `${path} at the bottom`);
      const footer = await page.locator('.app-footer').boundingBox();
      const strip = await page.locator('.emergency-strip').boundingBox();
      expect(footer.y, `${path}: the footer is below the strip`).toBeGreaterThanOrEqual(strip.y + strip.height);
    }
  });
}

test('on the smallest phone (320×568) the bar does not wrap and 112 stays on screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 568 });
  for (const lang of ALL_LANGS) {
    await openApp(page, `./?lang=${lang}&card=police`);
    expect(await chromeShare(page), `${lang}: share of the screen`).toBeLessThanOrEqual(0.25);
    const brand = await page.locator('.brand').boundingBox();
    const picker = await page.locator('#lang-picker').boundingBox();
    expect(picker.y, `${lang}: the picker is on the name's line`).toBeLessThan(brand.y + brand.height);
    expect(picker.x + picker.width, `${lang}: the picker fits`).toBeLessThanOrEqual(320);
    expect(picker.x, `${lang}: the picker fits`).toBeGreaterThanOrEqual(0);
    await scrollToBottom(page);
    await expectCallReachable(page, `${lang} card at the bottom`);
  }
});

test('the picker keeps its name for screen readers, and 112 says what it is', async ({ page }) => {
  await openApp(page, './?lang=en');
  await expect(page.getByRole('combobox', { name: 'Language' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Call 112' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Someone in immediate danger?' })).toBeVisible();
});

test('Arabic: the bar and the strip are mirrored', async ({ page }) => {
  test.skip(!ALL_LANGS.includes('ar'), 'Arabic not shipped');
  await openApp(page, './?lang=ar&card=police');
  const width = await page.evaluate(() => document.documentElement.clientWidth);
  const brand = await page.locator('.brand').boundingBox();
  const picker = await page.locator('#lang-picker').boundingBox();
  expect(brand.x).toBeGreaterThan(picker.x);
  const text = await page.locator('#emergency-strip-text').boundingBox();
  const call = await page.locator(STRIP_CALL).boundingBox();
  expect(call.x + call.width).toBeLessThanOrEqual(text.x);
  expect(call.x).toBeLessThan(width / 2);
});

test('a focused question is not hidden under the strip', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 568 });
  await openApp(page, './?view=check&lang=pl');
  await page.locator('#person-lang').selectOption('uk');
  await page.locator('.button-primary').first().click();
  for (let step = 0; step < 3; step++) {
    const key = await page.locator('[data-question]').getAttribute('data-question');
    await page.locator('.answer-no').click();
    await expect(page.locator(`[data-question="${key}"]`)).toHaveCount(0);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  }
  await page.locator('.answer-no').focus();
  const key = await page.locator('[data-question]').getAttribute('data-question');
  await page.keyboard.press('Enter');
  await expect(page.locator(`[data-question="${key}"]`)).toHaveCount(0);
  const strip = await page.locator('.emergency-strip').boundingBox();
  const focused = await page.evaluate(() => document.activeElement.getBoundingClientRect().top);
  expect(focused).toBeGreaterThanOrEqual(strip.y + strip.height - 1);
  await expectCallReachable(page, 'a question');
});

test("answer buttons: the person's language is the first, larger and bolder line", async ({ page }) => {
  await openApp(page, './?view=check&lang=pl');
  await page.locator('#person-lang').selectOption('uk');
  await page.locator('.button-primary').first().click();
  await toPersonQuestions(page);
  for (const answer of await page.locator('.answer:visible').all()) {
    const lines = await answer.evaluate((button) => {
      const person = button.querySelector('.answer-person');
      const worker = [...button.children].find((el) => el !== person);
      const facts = (el) => {
        const style = getComputedStyle(el);
        return { top: el.getBoundingClientRect().top, size: parseFloat(style.fontSize), weight: Number(style.fontWeight) };
      };
      return { person: facts(person), worker: facts(worker), height: button.getBoundingClientRect().height };
    });
    expect(lines.person.top).toBeLessThan(lines.worker.top);
    expect(lines.person.size).toBeGreaterThan(lines.worker.size);
    expect(lines.person.weight).toBeGreaterThan(lines.worker.weight);
    expect(lines.height).toBeGreaterThanOrEqual(56);
  }
});

test('printing leaves the strip out', async ({ page }) => {
  await openApp(page, './?lang=pl&card=police');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.emergency-strip')).toBeHidden();
  await expect(page.locator('.app-header')).toBeHidden();
});

for (const lang of ['pl', 'en', 'ar'].filter((l) => ALL_LANGS.includes(l))) {
  test(`axe-core: the header and strip, home, a card scrolled down and a question in ${lang}`, async ({ page }) => {
    await openApp(page, `./?lang=${lang}`);
    await expectAxeClean(page, `${lang} home`);
    await openApp(page, `./?lang=${lang}&card=police`);
    await scrollToBottom(page);
    await expectAxeClean(page, `${lang} card`);
    await openApp(page, `./?view=check&lang=${lang}`);
    await page.locator('#person-lang').selectOption(lang === 'pl' ? 'ar' : 'pl');
    await page.locator('.button-primary').first().click();
    await toPersonQuestions(page);
    await expect(page.locator('.answer-person').first()).toBeVisible();
    await expectAxeClean(page, `${lang} question`);
  });
}
