// The contacts screen and the static emergency contacts that need no script.
import { test, expect } from '@playwright/test';
import { contacts, expectAxeClean, messages, openApp } from './helpers.js';

const allNumbers = contacts().flatMap((c) => c.numbers);
// Ukrainian short numbers (527, 1547) cannot be called from a Polish phone:
// written out, not links (src/content/contacts.rs `is_tappable`).
const isShort = (dial) => /^\d{3,6}$/.test(dial);
const tappable = contacts().flatMap((c) => c.numbers.filter((n) => !(c.ukrainian_networks_only && isShort(n.dial))));
// The four contacts the static block of index.html always shows.
const staticNumbers = ['112', '+48226280120', '+48605687750', '+48226289999', '+48477256502'];

test('every contact number is a working tel: link, 112 first', async ({ page }) => {
  await openApp(page, './?view=contacts&lang=en');
  const hrefs = await page.locator('#main a[href^="tel:"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs[0]).toBe('tel:112');
  expect(hrefs.sort()).toEqual(tappable.map((n) => `tel:${n.dial}`).sort());
  for (const href of hrefs) expect(href).toMatch(/^tel:(\+[1-9]\d{7,14}|\d{3,6}|800\d{6})$/);
  // Every number is shown, linked or not.
  const shown = await page.locator('#main .number').evaluateAll((items) => items.map((li) => li.dataset.dial));
  expect(shown.sort()).toEqual(allNumbers.map((n) => n.dial).sort());
  // Each call link is a large tap target (WCAG 2.5.5: 44 × 44 CSS px).
  for (const box of await page.locator('#main a.call').evaluateAll((links) => links.map((a) => a.getBoundingClientRect().toJSON()))) {
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(box.width).toBeGreaterThanOrEqual(44);
  }
  await expect(page.locator('.contact').first()).toHaveClass(/contact-emergency/);
});

test('unconfirmed numbers show when they were last confirmed, and sources open', async ({ page }) => {
  await openApp(page, './?view=contacts&lang=en');
  const helpline = page.locator('[data-contact="police_helpline"]');
  await expect(helpline.locator('.last-confirmed')).toContainText('2022');
  await expect(helpline.locator('details.sources ul')).toBeHidden();
  await helpline.locator('summary').click();
  await expect(helpline.locator('details.sources ul')).toContainText('14.06.2022');
  await expect(page.locator('[data-contact="kcik"] .last-confirmed')).toHaveCount(0);
});

test('Ukrainian-network numbers are listed apart with a warning', async ({ page }) => {
  await openApp(page, './?view=contacts&lang=uk');
  const group = page.locator('section.contact-group', { has: page.locator('[data-contact="ukraine_lines"]') });
  await expect(group.locator('.warning')).toHaveText(messages('uk')['contacts-ukraine-warning']);
  await expect(group.locator('a[href="tel:112"]')).toHaveCount(0);
  await expect(group.locator('a[href="tel:527"], a[href="tel:1547"]')).toHaveCount(0);
  await expect(group.locator('.call-not-tappable')).toHaveCount(2);
});

// A compact list (a card, a training debrief) shows each number with the
// same facts as the contacts screen: label, hours, "last confirmed".
async function numberFacts(page, scope) {
  return page.locator(`${scope} [data-contact] .number`).evaluateAll((items) =>
    Object.fromEntries(items.map((li) => [li.dataset.dial, li.innerText.replace(/\s+/g, ' ').trim()])),
  );
}

test('the compact contact list shows the same facts as the contacts screen', async ({ page }) => {
  await openApp(page, './?view=contacts&lang=en');
  const full = await numberFacts(page, '#main .contact-list');
  for (const card of ['health', 'police', 'volunteer', 'inspector', 'person']) {
    await openApp(page, `./?card=${card}&lang=en`);
    const compact = await numberFacts(page, '.card-contacts');
    expect(Object.keys(compact).length).toBeGreaterThan(0);
    for (const [dial, text] of Object.entries(compact)) expect(text, `${card}: ${dial}`).toBe(full[dial]);
  }
  const lastrada = full['+48226289999'];
  expect(lastrada).toContain('Office line');
  expect(lastrada).toContain('2022');
  expect(full['+48605687750']).toContain('Intervention line (24/7)');
  expect(full['+48477256502']).toContain('2022');
});

test('the home screen offers 112 with one tap', async ({ page }) => {
  await openApp(page);
  await expect(page.locator('.emergency-strip a[href="tel:112"]')).toBeVisible();
});

test('with JavaScript disabled the static emergency contacts are visible', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('./');
  const help = page.locator('#static-help');
  await expect(help).toBeVisible();
  for (const dial of staticNumbers) {
    await expect(help.locator(`a[href="tel:${dial}"]`)).toBeVisible();
  }
  // It says what is true: no "always", and La Strada's office line and the
  // police helpline carry their year.
  const text = await help.innerText();
  expect(text.toLowerCase()).not.toMatch(/always|zawsze/);
  expect(text).toContain('office line. Office hours. Last confirmed in 2022.');
  expect(text).toContain('Police helpline on human trafficking. 24 hours a day, 7 days a week. Last confirmed in 2022.');
  // (axe-core needs script: the failure tests below check this block with it.)
  await context.close();
});

// The app cannot start: the static contacts stay, and a line says why the
// rest never comes, whichever way the start-up failed.
const startFailures = [
  ['without WebAssembly', (page) => page.addInitScript(() => delete window.WebAssembly)],
  ['when the WebAssembly fails to download', (page) => page.route(/\.wasm$/, (route) => route.abort())],
  ['when the WebAssembly is broken', (page) => page.route(/\.wasm$/, (route) => route.fulfill({ contentType: 'application/wasm', body: 'not wasm' }))],
  ['when the glue script fails to download', (page) => page.route(/\/pocket-card-[0-9a-f]+\.js$/, (route) => route.abort())],
];
for (const [name, breakIt] of startFailures) {
  test(`${name} the static emergency contacts stay, saying something went wrong`, async ({ page }) => {
    await breakIt(page);
    await page.goto('./');
    const help = page.locator('#static-help');
    await expect(help).toHaveAttribute('data-state', 'failed');
    await expect(help.locator('.static-failed')).toBeVisible();
    // It says what is true: the numbers work without the app, not "always".
    await expect(help.locator('.static-failed')).toContainText('These numbers work without the app');
    expect((await help.innerText()).toLowerCase()).not.toMatch(/always|zawsze/);
    for (const dial of staticNumbers) {
      await expect(help.locator(`a[href="tel:${dial}"]`)).toBeVisible();
    }
    await expect(page.locator('html')).not.toHaveAttribute('data-ready', 'true');
    // What is left on screen is all the user has: it must be accessible too.
    await expectAxeClean(page);
  });
}

// The failure line is for failures only: a normal start never shows it, even
// on the way.
test('a normal start never shows the failure line', async ({ page }) => {
  await page.addInitScript(() => {
    window.__failedShown = false;
    new MutationObserver(() => {
      if (document.getElementById('static-help')?.dataset.state === 'failed') window.__failedShown = true;
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-state'] });
  });
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  expect(await page.evaluate(() => window.__failedShown)).toBe(false);
});
