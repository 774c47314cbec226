// The indicator checker end to end: bilingual questions, triage, results
// that explain themselves, and answers that vanish with one tap.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { LANGS, messages, openApp } from './helpers.js';

/** Answers every question until the result: `yes` lists the question keys to answer "yes". */
async function answerAll(page, lang, yes = []) {
  const m = messages(lang);
  for (let step = 0; step < 80; step++) {
    const question = page.locator('[data-question]');
    if ((await question.count()) === 0) break;
    const key = await question.getAttribute('data-question');
    const button = page.locator(yes.includes(key) ? '.answer-yes' : '.answer-no');
    await expect(button).toContainText(yes.includes(key) ? m['check-answer-yes'] : m['check-answer-no']);
    await button.click();
    await expect(page.locator(`[data-question="${key}"]`)).toHaveCount(0);
  }
  await expect(page.locator('[data-outcome]')).toBeVisible();
}

async function start(page, { lang = 'pl', person = '', path = 'short' } = {}) {
  const m = messages(lang);
  await openApp(page, `./?lang=${lang}&view=check`);
  if (person) {
    await page.locator('#person-lang').selectOption(person);
  }
  if (path === 'full') await page.getByLabel(m['check-path-full']).check();
  await page.getByRole('button', { name: m['check-start'] }).click();
  await expect(page.locator('#question-text')).toBeFocused();
}

test('asks safety first, then age, in the worker and the person language', async ({ page }) => {
  await start(page, { lang: 'pl', person: 'uk' });
  const pl = messages('pl');
  const uk = messages('uk');
  await expect(page.locator('.question-group')).toHaveText(pl['check-group-triage']);
  await expect(page.locator('#question-text')).toHaveText(pl['triage-threatened_now-ask']);
  const person = page.locator('.question-person');
  await expect(person).toHaveText(uk['triage-threatened_now-ask']);
  await expect(person).toHaveAttribute('lang', 'uk');
  await expect(page.locator('.answers button').first()).toContainText(uk['check-answer-yes']);
  await expect(page.locator('.answers button')).toHaveCount(4);
  await expect(page.locator('.progress-text')).toContainText('1');
});

test('strong signs: recruitment, exploitation and coercion together', async ({ page }) => {
  await start(page, { lang: 'en' });
  await answerAll(page, 'en', [
    'indicator:job_different_nature',
    'indicator:conditions_deceived',
    'indicator:excessive_hours',
    'indicator:low_or_no_pay',
    'indicator:documents_held',
    'indicator:locked_in',
  ]);
  const m = messages('en');
  await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'StrongSigns');
  await expect(page.locator('#result-outcome')).toHaveText(m['result-strong_signs']);
  await expect(page.locator('.finding-positive')).toHaveCount(3);
  await expect(page.locator('#main')).toContainText(m['ind-documents_held-sign']);
  await expect(page.locator('#main')).toContainText(m['check-screening-not-identification']);
  const referred = await page.locator('.contact-list [data-contact]').evaluateAll((els) => els.map((e) => e.dataset.contact));
  expect(referred.slice(0, 3)).toEqual(['kcik', 'lastrada', 'police_helpline']);
  expect(referred).toContain('emergency');
});

test('poor pay without coercion is a labour-rights problem pointing to PIP', async ({ page }) => {
  await start(page, { lang: 'ru', path: 'full' });
  await answerAll(page, 'ru', ['indicator:excessive_hours', 'indicator:low_or_no_pay']);
  await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'LabourRights');
  await expect(page.locator('.pip')).toHaveText(messages('ru')['result-pip']);
  await expect(page.locator('.not-asked li')).toHaveCount(0);
});

test('a yes to danger shows "call 112" at once and tops the result', async ({ page }) => {
  await start(page, { lang: 'uk' });
  const m = messages('uk');
  await page.locator('.answer-yes').click();
  await expect(page.locator('.result-112 a[href="tel:112"]')).toBeVisible();
  await page.getByRole('button', { name: m['check-finish-now'] }).click();
  await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'ImmediateDanger');
  await expect(page.locator('#main a[href^="tel:"]').first()).toHaveAttribute('href', 'tel:112');
  // Finishing early lists what was not asked.
  await expect(page.locator('.not-asked li')).toHaveCount(6);
});

test('a possible child is handled as a child and referred', async ({ page }) => {
  await start(page, { lang: 'pl' });
  await answerAll(page, 'pl', ['age', 'indicator:low_or_no_pay']);
  await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'SomeSigns');
  await expect(page.locator('.child-note')).toHaveText(messages('pl')['result-child']);
  await expect(page.locator('[data-contact="child_helpline"]')).toBeVisible();
});

test('back, skip and clear: answers vanish with one tap and never reach the URL or storage', async ({ page }) => {
  await start(page, { lang: 'en' });
  const m = messages('en');
  await page.locator('.answer-no').click();
  await expect(page.locator('.progress-text')).toContainText('2');
  await page.getByRole('button', { name: m['check-back'] }).click();
  await expect(page.locator('.progress-text')).toContainText('1');
  await page.getByRole('button', { name: m['check-skip'] }).click();
  await page.locator('.answer-yes').click();
  expect(page.url()).not.toMatch(/answer|yes|safety|indicator/i);
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
  expect(stored).not.toMatch(/safety|indicator|yes/i);
  await page.getByRole('button', { name: m['check-clear'] }).click();
  await expect(page.getByRole('button', { name: m['check-start'] })).toBeVisible();
  await expect(page.locator('[data-question]')).toHaveCount(0);
});

test('the questionnaire works with the keyboard alone', async ({ page }) => {
  await openApp(page, './?lang=en&view=check');
  await page.getByRole('button', { name: messages('en')['check-start'] }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#question-text')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator('.answers button').first()).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('.progress-text')).toContainText('2');
});

for (const lang of LANGS) {
  test(`axe-core: checker question and result in ${lang}`, async ({ page }) => {
    const other = lang === 'pl' ? 'uk' : 'pl';
    await start(page, { lang, person: other });
    const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
    const serious = (results) => results.violations.filter((v) => ['serious', 'critical'].includes(v.impact)).map((v) => v.id);
    expect(serious(await new AxeBuilder({ page }).withTags(tags).analyze())).toEqual([]);
    await page.locator('.answer-yes').click();
    await page.getByRole('button', { name: messages(lang)['check-finish-now'] }).click();
    await expect(page.locator('[data-outcome]')).toBeVisible();
    expect(serious(await new AxeBuilder({ page }).withTags(tags).analyze())).toEqual([]);
  });
}

for (const lang of LANGS) {
  test(`a full check to the end in ${lang}, with the person in another language`, async ({ page }) => {
    const person = lang === 'uk' ? 'ru' : 'uk';
    await start(page, { lang, person });
    await answerAll(page, lang, ['indicator:low_or_no_pay', 'indicator:documents_held']);
    const m = messages(lang);
    await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'SomeSigns');
    // The last answer replaces the question with the result: the focus is
    // on the screen's title, not lost with the heading that is gone.
    await expect(page.locator('#screen-title')).toBeFocused();
    await expect(page.locator('.next-steps li')).toHaveCount(3);
    const summary = page.locator('.summary-text');
    await expect(summary).toContainText(m['ind-documents_held-sign']);
    await expect(summary).toContainText(m[`lang-name-${person}`]);
    // Referral lines that speak the person's language come first.
    const first = await page.locator('.contact-list [data-contact]').first().getAttribute('data-contact');
    expect(first).toBe('police_helpline');
    await expect(page.locator('body')).not.toContainText(/\b(ind|summary|step|result|check)-[a-z_]+-?[a-z_]*\b/);
  });
}

test('the summary can be copied and holds no identifying field', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await start(page, { lang: 'en' });
  await answerAll(page, 'en', ['indicator:excessive_hours']);
  const m = messages('en');
  await page.getByRole('button', { name: m['summary-copy'] }).click();
  await expect(page.locator('.summary-status')).toHaveText(m['summary-copied']);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await page.locator('.summary-text').innerText());
  expect(copied.split('\n')).toHaveLength(4);
  // There is nowhere to type a name: the checker has no text input at all.
  await expect(page.locator('input[type="text"], textarea, [contenteditable="true"]')).toHaveCount(0);
});
