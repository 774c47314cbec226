// Every language on every screen at 320 px: no message left as its id, no
// text running out of its box, axe-core clean; right-to-left mirrored.
import { test, expect } from '@playwright/test';
import { ALL_LANGS, expectAxeClean, messageIds, openApp, toPersonQuestions } from './helpers.js';

const IDS = messageIds().filter((id) => id.includes('-'));

// One of each kind of screen; the checker question is reached by a tap.
const SCREENS = [
  './',
  './?view=contacts',
  './?view=check',
  './?view=cards',
  './?card=police',
  './?card=person',
  './?view=training',
  './?case=farm',
  './?view=about',
];

/** Elements whose content is wider than the screen, or clipped by their box. */
async function overflowing(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found = [];
    if (document.documentElement.scrollWidth > width + 1) found.push(`page is ${document.documentElement.scrollWidth}px wide`);
    for (const el of document.querySelectorAll('body *')) {
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden' || el.closest('.skip-link, .visually-hidden, [hidden], details:not([open]) > :not(summary)')) continue;
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || el.closest('svg')) continue;
      const clips = ['hidden', 'clip', 'auto', 'scroll'].includes(style.overflowX);
      if (rect.right > width + 1 || rect.left < -1) {
        found.push(`${el.tagName.toLowerCase()}.${el.className} spans ${Math.round(rect.left)}..${Math.round(rect.right)}`);
      } else if (clips && el.scrollWidth > el.clientWidth + 1) {
        found.push(`${el.tagName.toLowerCase()}.${el.className} clips ${el.scrollWidth - el.clientWidth}px`);
      }
    }
    return found.slice(0, 5);
  });
}

async function leakedIds(page) {
  const text = await page.locator('body').innerText();
  return IDS.filter((id) => text.includes(id));
}

test.describe('every language at 320 px', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const lang of ALL_LANGS) {
    test(`${lang}: every screen renders fully, fits and is axe-clean`, async ({ page }) => {
      for (const screen of SCREENS) {
        const url = `${screen}${screen.includes('?') ? '&' : '?'}lang=${lang}`;
        await openApp(page, url);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        expect(await leakedIds(page), `${lang} ${screen}`).toEqual([]);
        expect(await overflowing(page), `${lang} ${screen}`).toEqual([]);
        if (screen === './?view=check') {
          await page.locator('.button-primary').first().click();
          await expect(page.locator('#question-text')).toBeVisible();
          expect(await overflowing(page), `${lang} question`).toEqual([]);
        }
        if (screen === './?case=farm') {
          await page.locator('[data-choice]').first().click();
          await expect(page.locator('.feedback')).toBeVisible();
          expect(await overflowing(page), `${lang} feedback`).toEqual([]);
        }
      }
      // axe on the densest screens: a question (two languages side by side) and a card.
      // The screening started above is kept in this tab: start afresh.
      await page.evaluate(() => sessionStorage.clear());
      await openApp(page, `./?view=check&lang=${lang}`);
      await page.locator('#person-lang').selectOption(lang === 'pl' ? 'uk' : 'pl');
      await page.locator('.button-primary').first().click();
      await toPersonQuestions(page);
      await expect(page.locator('.question-person')).toBeVisible();
      await expectAxeClean(page, `${lang} question`);
      await openApp(page, `./?card=volunteer&lang=${lang}`);
      await expectAxeClean(page, `${lang} card`);
    });
  }
});

test('Arabic is laid out right to left, with phone numbers left to right', async ({ page }) => {
  test.skip(!ALL_LANGS.includes('ar'), 'Arabic not shipped');
  await page.setViewportSize({ width: 360, height: 740 });
  await openApp(page, './?view=contacts&lang=ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const width = await page.evaluate(() => document.documentElement.clientWidth);
  // Mirrored: the app's name starts at the right edge, the picker sits at the left.
  const brand = await page.locator('.brand').boundingBox();
  expect(width - (brand.x + brand.width)).toBeLessThan(40);
  const picker = await page.locator('#lang-picker').boundingBox();
  expect(picker.x).toBeLessThan(width / 2);
  // Numbers read left to right inside the right-to-left text.
  const number = page.locator('.call-number').first();
  await expect(number).toHaveAttribute('dir', 'ltr');
  expect(await number.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
});

test('a Polish worker with an Arabic-speaking person: each text in its own direction', async ({ page }) => {
  test.skip(!ALL_LANGS.includes('ar'), 'Arabic not shipped');
  await openApp(page, './?view=check&lang=pl');
  await page.locator('#person-lang').selectOption('ar');
  await page.locator('.button-primary').first().click();
  await toPersonQuestions(page);
  const person = page.locator('.question-person');
  await expect(person).toHaveAttribute('dir', 'rtl');
  await expect(person).toHaveAttribute('lang', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  expect(await person.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  expect(await person.evaluate((el) => getComputedStyle(el).textAlign)).toMatch(/start|right/);
  const answer = page.locator('.answer-person').first();
  await expect(answer).toHaveAttribute('dir', 'rtl');
  // And the other way round: an Arabic worker with a Polish-speaking person.
  await page.evaluate(() => sessionStorage.clear());
  await openApp(page, './?view=check&lang=ar');
  await page.locator('#person-lang').selectOption('pl');
  await page.locator('.button-primary').first().click();
  await toPersonQuestions(page);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('.question-person')).toHaveAttribute('dir', 'ltr');
});

// The header's menu is a customisable select in Chromium, so its options are
// laid out only when it opens (see app.css). It must stay a real select: it
// opens from the keyboard, moves with the arrows, chooses with Enter, closes
// with Escape, and is axe-clean while open, at 320 px.
test('the language menu opens, moves and chooses with the keyboard alone, axe-clean while open', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 568 });
  await openApp(page, './?lang=pl');
  const picker = page.locator('#lang-picker');
  expect(await picker.evaluate((el) => getComputedStyle(el).appearance)).toBe('base-select');
  await picker.focus();
  await page.keyboard.press('Enter');
  const open = page.locator('#lang-picker:open');
  await expect(open).toHaveCount(1);
  // Fully on screen: the picker flips to the side where it fits.
  const box = await page.locator('#lang-picker option[value="uk"]').boundingBox();
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(320);
  await expectAxeClean(page);
  await page.keyboard.press('Escape');
  await expect(open).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  await expect(picker).toBeFocused();
  // Polski is chosen; the next option down is Українська.
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  await expect(open).toHaveCount(0);
  await expect(picker).toBeFocused();
});
