// Pocket cards: deep links in every language, QR codes that decode to the
// right address, printing, and the link into the checker.
import { test, expect } from '@playwright/test';
import jsQR from 'jsqr';
import { readFileSync } from 'node:fs';
import { ALL_LANGS, LANGS, expectAxeClean, messages, openApp, SUB_PATH, waitForServiceWorker } from './helpers.js';

const cards = JSON.parse(readFileSync(new URL('../../../src/content/cards.json', import.meta.url), 'utf8'));

/** Renders the QR code's SVG on a canvas and decodes it with jsQR. */
async function decodeQr(page, selector = '.qr-code svg') {
  const size = 300;
  // One byte per pixel (the red channel) as a latin1 string: the code is
  // black on white, and a string crosses to Node far faster than an array.
  const gray = await page.locator(selector).first().evaluate(async (svg, size) => {
    const xml = new XMLSerializer().serializeToString(svg);
    const img = new Image();
    img.src = `data:image/svg+xml;base64,${btoa(xml)}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = size;
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, size, size);
    ctx.drawImage(img, 0, 0, size, size);
    const rgba = ctx.getImageData(0, 0, size, size).data;
    let out = '';
    for (let i = 0; i < rgba.length; i += 4) out += String.fromCharCode(rgba[i]);
    return out;
  }, size);
  const rgba = new Uint8ClampedArray(size * size * 4);
  for (let i = 0; i < gray.length; i++) {
    const v = gray.charCodeAt(i);
    rgba.set([v, v, v, 255], i * 4);
  }
  return jsQR(rgba, size, size)?.data;
}

for (const lang of LANGS) {
  test(`every card opens from its deep link in ${lang}`, async ({ page }) => {
    const m = messages(lang);
    for (const card of cards) {
      await openApp(page, `./?lang=${lang}&card=${card.id}`);
      await expect(page.locator('[data-card]')).toHaveAttribute('data-card', card.id);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(m[`card-${card.id}-title`]);
      const contacts = await page.locator('.card-contacts [data-contact]').evaluateAll((els) => els.map((e) => e.dataset.contact));
      expect(contacts).toEqual(card.contacts);
      await expect(page.locator('body')).not.toContainText(/\b(step|talk|law|advice|right|card)-[a-z0-9-]+\b/);
    }
  });
}

test('a deep link works from a sub-path and offline', async ({ page }) => {
  await openApp(page, `${SUB_PATH}?lang=uk&card=volunteer`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages('uk')['card-volunteer-title']);
  await waitForServiceWorker(page);
  await page.context().setOffline(true);
  await openApp(page, `${SUB_PATH}?lang=ru&card=police`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages('ru')['card-police-title']);
  await page.context().setOffline(false);
});

test('an unknown card in the link falls back to the list of cards with a notice', async ({ page }) => {
  await openApp(page, './?lang=en&card=pilot');
  await expect(page.locator('.notice')).toContainText(messages('en')['card-unknown']);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages('en')['cards-title']);
});

test("a card's QR code decodes to its own static page in the current language", async ({ page, baseURL }) => {
  await openApp(page, './?lang=pl&card=health');
  expect(await decodeQr(page)).toBe(`${baseURL}pl/card/health/`);
  await page.locator('#lang-picker').selectOption('ru');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  expect(await decodeQr(page)).toBe(`${baseURL}ru/card/health/`);
});

test('a card opens whole when the QR worker cannot load, and the next code tries again', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // As on a first visit that loses the network after the app's own files.
  let refused;
  const asked = new Promise((resolve) => (refused = resolve));
  await page.route('**/qr-worker_loader.js', (route) => {
    refused();
    return route.abort();
  });
  await openApp(page, './?lang=en&card=police');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages('en')['card-police-title']);
  await expect(page.locator('.card-contacts a[href="tel:112"]')).toBeVisible();
  // The worker was asked for and refused: its box stays empty, nothing breaks.
  await asked;
  await page.waitForTimeout(300);
  await expect(page.locator('.qr-code')).toBeEmpty();
  await page.unroute('**/qr-worker_loader.js');
  await page.getByRole('link', { name: messages('en')['card-share'] }).click();
  await expect(page.locator('.qr-code svg')).toHaveCount(1);
  expect(errors).toEqual([]);
});

test('the share screen makes a QR code for any card and language, captioned in that language', async ({ page }) => {
  await openApp(page, `${SUB_PATH}?lang=en&view=share`);
  await page.locator('#share-target').selectOption('?card=volunteer');
  await page.locator('#share-lang').selectOption('uk');
  await expect(page.locator('.share-print figcaption')).toContainText(messages('uk')['share-caption']);
  await expect(page.locator('.share-print figcaption')).toContainText(messages('uk')['card-volunteer-title']);
  expect(await decodeQr(page)).toBe(`${SUB_PATH}uk/card/volunteer/`);
});

test('the poster holds one QR code per language, each captioned in its language', async ({ page, baseURL }) => {
  test.slow();
  await openApp(page, './?lang=en&view=poster');
  await expect(page.locator('.poster-grid li')).toHaveCount(ALL_LANGS.length);
  for (const lang of ALL_LANGS) {
    const item = page.locator(`.poster-grid li[data-lang="${lang}"]`);
    await expect(item.locator('figcaption')).toHaveText(messages(lang)['share-caption']);
    expect(await decodeQr(page, `.poster-grid li[data-lang="${lang}"] .qr-code svg`)).toBe(`${baseURL}${lang}/`);
  }
  // Every code on one A4 page, each at least 35 mm wide.
  await page.emulateMedia({ media: 'print' });
  const mm = await page.locator('.poster-grid .qr-code svg').first().evaluate((el) => el.getBoundingClientRect().width / (96 / 25.4));
  expect(mm).toBeGreaterThanOrEqual(35);
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
  expect((pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBe(1);
});

test('printing a card shows its contacts and QR code, not the controls', async ({ page }) => {
  await openApp(page, './?lang=pl&card=police');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.card-contacts a[href="tel:112"]')).toBeVisible();
  await expect(page.locator('.qr-code svg')).toBeVisible();
  await expect(page.locator('.app-header')).toBeHidden();
  await expect(page.locator('.pocket-card .check-nav')).toBeHidden();
  const fontSize = await page.locator('.card-section li').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(fontSize).toBeGreaterThanOrEqual(10.6); // 8 pt, the usual size of a printed pocket card
  const pdf = await page.pdf({ preferCSSPageSize: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  const landscapeA5 = /\/MediaBox\s*\[0 0 59[45](\.\d+)? 42[01]/.test(pdf.toString('latin1'));
  test.info().annotations.push({ type: 'print', description: `police card: ${pages} A5 landscape sides (folded: A6), body ${fontSize}px` });
  expect(landscapeA5).toBe(true);
  // Front and back of one sheet, folded once.
  expect(pages).toBe(2);
});

test('a role card starts the checker with that role', async ({ page }) => {
  await openApp(page, './?lang=en&card=inspector');
  await page.getByRole('button', { name: messages('en')['card-start-check'] }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages('en')['check-title']);
  await page.locator('input[name="path"]').nth(1).check();
  await page.getByRole('button', { name: messages('en')['check-start'] }).click();
  const withRole = Number((await page.locator('.progress-text').innerText()).match(/(\d+)\D*$/)[1]);
  await page.getByRole('button', { name: messages('en')['check-clear'] }).click();
  await openApp(page, './?lang=en&view=check');
  await page.locator('input[name="path"]').nth(1).check();
  await page.getByRole('button', { name: messages('en')['check-start'] }).click();
  const withoutRole = Number((await page.locator('.progress-text').innerText()).match(/(\d+)\D*$/)[1]);
  expect(withRole).toBeLessThan(withoutRole);
});

for (const lang of LANGS) {
  test(`axe-core: cards, a card, share and poster in ${lang}`, async ({ page }) => {
    test.slow();
    for (const path of ['?view=cards', '?card=person', '?card=health', '?view=share', '?view=poster']) {
      await openApp(page, `./${path}&lang=${lang}`);
      // Screens that fetch other languages' captions: wait until they are in.
      if (path === '?view=poster') await expect(page.locator('.poster-grid figcaption')).toHaveCount(ALL_LANGS.length);
      if (path === '?view=share') await expect(page.locator('.share-print figcaption')).not.toBeEmpty();
      await expectAxeClean(page, path);
    }
  });
}

// A printed card keeps every fact of its contacts: La Strada's two lines,
// each with its label and hours (the office line with its year), and the
// police helpline's year; the sources are a short footnote.
test('every printed card shows La Strada\'s two labelled lines with hours, and the police helpline\'s year', async ({ page }) => {
  const m = messages('en');
  for (const card of cards) {
    await openApp(page, `./?lang=en&card=${card.id}`);
    await page.emulateMedia({ media: 'print' });
    const lastrada = page.locator('.card-contacts [data-contact="lastrada"]');
    const line = lastrada.locator('.number[data-dial="+48605687750"]');
    await expect(line, card.id).toBeVisible();
    await expect(line).toContainText(m['label-intervention']);
    await expect(line).toContainText(m['hours-always']);
    await expect(line.locator('.last-confirmed')).toHaveCount(0);
    const office = lastrada.locator('.number[data-dial="+48226289999"]');
    await expect(office, card.id).toBeVisible();
    await expect(office).toContainText(m['label-office']);
    await expect(office).toContainText(m['hours-office']);
    await expect(office.locator('.last-confirmed')).toContainText('2022');
    const helpline = page.locator('.card-contacts [data-contact="police_helpline"] .number');
    await expect(helpline).toContainText(m['hours-always']);
    await expect(helpline.locator('.last-confirmed')).toContainText('2022');
    await expect(page.locator('.card-contacts [data-contact="kcik"] .number')).toContainText(m['hours-kcik']);
    // Sources: collapsed lists are hidden in print, the footnote is shown.
    await expect(page.locator('details.sources').first()).toBeHidden();
    await expect(page.locator('.card-footnote')).toBeVisible();
    for (const source of card.sources) await expect(page.locator('.card-footnote')).toContainText(source.title);
    // Still one sheet, folded once, with every fact on it.
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    expect((pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length, `${card.id}: printed sides`).toBeLessThanOrEqual(2);
    await page.emulateMedia({ media: 'screen' });
    await expect(page.locator('.card-footnote')).toBeHidden();
  }
});

test('each sign and legal point of a card opens its dated sources', async ({ page }) => {
  await openApp(page, './?lang=en&card=police');
  const definition = page.locator('[data-law="law-definition"]');
  await expect(definition.locator('details.sources ul')).toBeHidden();
  await definition.locator('summary').click();
  await expect(definition.locator('details.sources ul')).toContainText('art. 115 §22');
  const sign = page.locator('.pocket-card .signs [data-sign="documents_held"]');
  await sign.locator('summary').click();
  await expect(sign.locator('details.sources ul')).toContainText('2009');
});

test('the person card is handed over in the person language while the app stays in the worker one', async ({ page }) => {
  // From a role card, one tap to the person's card.
  await openApp(page, './?lang=pl&card=volunteer');
  await page.getByRole('link', { name: messages('pl')['card-person-link'] }).click();
  await expect(page.locator('[data-card="person"]')).toBeVisible();
  await page.locator('#card-person-lang').selectOption('ar');
  const body = page.locator('.card-body');
  await expect(body).toHaveAttribute('lang', 'ar');
  await expect(body).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('#screen-title')).toHaveText(messages('ar')['card-person-title']);
  // The app itself stays in Polish.
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  await expect(page.locator('label[for="card-person-lang"]')).toHaveText(messages('pl')['card-person-language']);
  await expect(body.locator('a[href="tel:112"]').first()).toBeVisible();
  await expectAxeClean(page);
  // And back to the worker's language in one step.
  await page.locator('#card-person-lang').selectOption('');
  await expect(page.locator('#screen-title')).toHaveText(messages('pl')['card-person-title']);
});

test('a role card puts what to do and whom to call before the signs and the law', async ({ page }) => {
  await openApp(page, './?lang=pl&card=police');
  const top = async (selector) => (await page.locator(selector).first().boundingBox()).y;
  const call = await top('.card-call');
  expect(await top('.card-actions .button-primary')).toBeLessThan(call);
  expect(call).toBeLessThan(await top('.card-steps'));
  expect(await top('.card-steps')).toBeLessThan(await top('.pocket-card .signs'));
  expect(await top('.pocket-card .signs')).toBeLessThan(await top('.card-law'));
  // Whom to call starts on the first screen.
  expect(call).toBeLessThan(740);
  // La Strada's 24-hour line is labelled and comes first.
  const lastrada = page.locator('.card-contacts [data-contact="lastrada"] .number');
  await expect(lastrada.first()).toContainText('+48 605 687 750');
});
