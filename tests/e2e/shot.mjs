import { chromium } from '@playwright/test';
const base = process.argv[2];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu','--disable-background-networking'] });
const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
await page.goto(base + '?lang=pl&view=check');
await page.waitForSelector('html[data-ready="true"]');
await page.locator('#person-lang').selectOption('uk');
await page.locator('input[name="role"][value="health"]').check();
await page.screenshot({ path: '/tmp/shots/1-setup.png', fullPage: true });
await page.locator('.button-primary').click();
for (let i = 0; i < 30; i++) {
  const k = await page.locator('[data-question]').getAttribute('data-question');
  if (k === 'intro') break;
  await page.locator('.answer-no').click();
  await page.waitForFunction((k) => document.querySelector('[data-question]')?.dataset.question !== k, k);
}
await page.screenshot({ path: '/tmp/shots/2-intro.png', fullPage: true });
await page.locator('.check .button-primary').click();
await page.waitForTimeout(200);
await page.screenshot({ path: '/tmp/shots/3-q.png', fullPage: false });
// self harm yes
for (let i = 0; i < 30; i++) {
  const k = await page.locator('[data-question]').getAttribute('data-question');
  if (k === 'safety:self_harm') { await page.locator('.answer-yes').click(); break; }
  await page.locator('.answer-no').click();
  await page.waitForFunction((k) => document.querySelector('[data-question]')?.dataset.question !== k, k);
}
await page.getByRole('button', { name: /Zakończ/ }).click().catch(async () => { await page.locator('.check-nav button').nth(2).click(); });
await page.waitForSelector('[data-outcome]');
await page.screenshot({ path: '/tmp/shots/4-result.png', fullPage: true });
await browser.close();
