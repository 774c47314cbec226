// Nothing leaves the app's origin, and every screen passes axe-core in every
// language with no violation.
import { test, expect } from '@playwright/test';
import { LANGS, expectAxeClean, messages, openApp, recordRequests } from './helpers.js';

test('no request leaves the app origin during a full session', async ({ page, baseURL }) => {
  const urls = recordRequests(page);
  await openApp(page);
  for (const lang of LANGS) {
    await page.locator('#lang-picker').selectOption(lang);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
  }
  await page.getByRole('link', { name: messages('ru')['home-contacts-title'] }).click();
  for (const summary of await page.locator('summary').all()) await summary.click();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  const origin = new URL(baseURL).origin;
  const foreign = urls.filter((url) => new URL(url).origin !== origin);
  expect(urls.length).toBeGreaterThan(0);
  expect(foreign).toEqual([]);
});

for (const lang of LANGS) {
  for (const view of ['home', 'contacts']) {
    test(`axe-core: ${view} in ${lang}`, async ({ page }) => {
      await openApp(page, view === 'home' ? `./?lang=${lang}` : `./?lang=${lang}&view=contacts`);
      // Open the source lists so their contents are checked too.
      for (const summary of await page.locator('summary').all()) await summary.click();
      await expectAxeClean(page);
    });
  }
}
