// The indicator checker end to end: the worker's observations first, the
// person's first screen in their language, high-risk questions before the
// indicators, a quick handover, results that explain themselves, and answers
// that vanish with one tap.
import { test, expect } from '@playwright/test';
import { LANGS, expectAxeClean, messages, openApp, toPersonQuestions } from './helpers.js';


/**
 * Answers every question until the result: `yes` lists the question keys to
 * answer "yes". Unless `yes` says `working:no`, the person has worked since
 * leaving home, so the questions about work come.
 */
async function answerAll(page, lang, yesKeys = []) {
  const m = messages(lang);
  const yes = yesKeys.includes('working:no') ? yesKeys : [...yesKeys, 'working'];
  for (let step = 0; step < 120; step++) {
    const question = page.locator('[data-question]');
    if ((await question.count()) === 0) break;
    const key = await question.getAttribute('data-question');
    if (key === 'intro') {
      await page.locator('.check .button-primary').click();
    } else {
      const button = page.locator(yes.includes(key) ? '.answer-yes' : '.answer-no');
      await expect(button).toContainText(yes.includes(key) ? m['check-answer-yes'] : m['check-answer-no']);
      await button.click();
    }
    await expect(page.locator(`[data-question="${key}"]`)).toHaveCount(0);
  }
  await expect(page.locator('[data-outcome]')).toBeVisible();
}

async function start(page, { lang = 'pl', person = '', path = 'short', role = '', situation = '' } = {}) {
  const m = messages(lang);
  await openApp(page, `./?lang=${lang}&view=check`);
  if (person) {
    await page.locator('#person-lang').selectOption(person);
  }
  if (role) await page.locator(`input[name="role"][value="${role}"]`).check();
  if (path === 'full') await page.locator('input[name="path"]').nth(1).check();
  if (situation) await page.locator(`input[name="situation"][value="${situation}"]`).check();
  await page.getByRole('button', { name: m['check-start'] }).click();
  await expect(page.locator('#question-text')).toBeFocused();
}

const contactOrder = (page, list = '.referral-list') => page.locator(`${list} [data-contact]`).evaluateAll((els) => els.map((e) => e.dataset.contact));

test('the worker observes first; then the person reads who asks and what is kept, in their language', async ({ page }) => {
  await start(page, { lang: 'pl', person: 'uk', role: 'health' });
  const pl = messages('pl');
  const uk = messages('uk');
  // The worker's own observations come first, in the worker's language
  // only: first whether the person is alone, with how to separate them.
  await expect(page.locator('[data-question]')).toHaveAttribute('data-question', 'alone');
  await expect(page.locator('.alone-how')).toHaveText(pl['alone-how-health']);
  await page.locator('.answer-yes').click();
  await expect(page.locator('[data-question]')).toHaveAttribute('data-question', 'safety:psychiatric_crisis');
  await expect(page.locator('.question-person')).toHaveCount(0);
  await toPersonQuestions(page);
  // The first question put to the person is whether they have time.
  await expect(page.locator('[data-question]')).toHaveAttribute('data-question', 'safety:little_time');
  await expect(page.locator('#question-text')).toHaveText(pl['triage-little_time-ask']);
  const person = page.locator('.question-person');
  await expect(person).toHaveText(uk['triage-little_time-ask']);
  await expect(person).toHaveAttribute('lang', 'uk');
  await expect(page.locator('.answers button').first()).toContainText(uk['check-answer-yes']);
  // Back to the person's first screen, to read it.
  await page.getByRole('button', { name: pl['check-back'] }).click();
  const intro = page.locator('.person-intro');
  await expect(intro.locator('[lang="uk"]').first()).toHaveText(uk['intro-who-health']);
  for (const id of ['intro-nothing-kept', 'intro-skip', 'intro-confidential-other']) {
    await expect(intro).toContainText(uk[id]);
    await expect(intro).toContainText(pl[id]);
  }
  await expectAxeClean(page);
});

for (const [worker, person] of [['pl', 'ar'], ['uk', 'pl'], ['pl', 'uk']]) {
  test(`an officer's first screen to the person in ${person} says truthfully what cannot be kept secret`, async ({ page }) => {
    await start(page, { lang: worker, person, role: 'police' });
    await toPersonQuestions(page);
    await page.getByRole('button', { name: messages(worker)['check-back'] }).click();
    const m = messages(person);
    const said = page.locator(`.person-intro [lang="${person}"]`);
    await expect(said.first()).toHaveText(m['intro-who-police']);
    await expect(page.locator('.person-intro')).toContainText(m['intro-confidential-police']);
    if (person === 'ar') await expect(said.first()).toHaveAttribute('dir', 'rtl');
    await expectAxeClean(page);
  });
}

test('very little time: the quick handover is one tap away and ends with nothing kept', async ({ page }) => {
  await start(page, { lang: 'en' });
  const m = messages('en');
  // One tap from the very first question.
  await page.getByRole('button', { name: m['check-quick-handover'] }).click();
  await expect(page.locator('#handover-title')).toBeFocused();
  const numbers = await contactOrder(page, '.handover');
  expect(numbers).toEqual(['emergency', 'lastrada', 'kcik']);
  await expect(page.locator('.handover a[href="tel:112"]')).toBeVisible();
  await expect(page.locator('.handover a[href="tel:+48605687750"]')).toBeVisible();
  await expect(page.locator('.handover')).toContainText(m['plan-reach']);
  await expect(page.locator('input[type="text"], textarea, [contenteditable="true"]')).toHaveCount(0);
  await expectAxeClean(page);
  // More time after all: back where the questions were.
  await page.getByRole('button', { name: m['handover-continue'] }).click();
  await expect(page.locator('[data-question]')).toHaveAttribute('data-question', 'alone');
  // The person's own "yes" opens it too; "end" forgets every answer.
  await toPersonQuestions(page);
  await page.locator('.answer-yes').click();
  await expect(page.locator('#handover-title')).toBeVisible();
  await page.getByRole('button', { name: m['handover-end'] }).click();
  await expect(page.getByRole('button', { name: m['check-start'] })).toBeVisible();
});

test('risk of suicide: 112 first, then the crisis line 116 123, and a safety plan', async ({ page }) => {
  test.slow(); // a whole screening, question by question
  await start(page, { lang: 'en', person: 'uk' });
  await answerAll(page, 'en', ['safety:self_harm', 'safety:escaped_searched', 'indicator:forced_sex']);
  const m = messages('en');
  await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'immediate_danger');
  await expect(page.locator('.result-112 a[href="tel:112"]')).toBeVisible();
  await expect(page.locator('[data-risk="self_harm"]')).toHaveText(m['risk-self_harm']);
  await expect(page.locator('[data-risk="escaped"]')).toHaveText(m['risk-escaped']);
  for (const id of ['plan-where', 'plan-whom', 'plan-reach']) await expect(page.locator('.safety-plan')).toContainText(m[id]);
  const order = await contactOrder(page);
  expect(order.slice(0, 2)).toEqual(['emergency', 'crisis_adults']);
  // And the crisis line one tap away in the high-risk block itself.
  await expect(page.locator('.high-risk a[href="tel:116123"]')).toBeVisible();
  await expect(page.locator('.summary-text')).toContainText(m['triage-self_harm-sign']);
  await expectAxeClean(page);
});

test('strong signs: the duty to report stands beside the KCIK option, never "if they agree"', async ({ page }) => {
  test.slow(); // a whole screening, question by question
  await start(page, { lang: 'en' });
  await answerAll(page, 'en', [
    'indicator:job_different_nature',
    'indicator:wages_deceived',
    'indicator:excessive_hours',
    'indicator:low_or_no_pay',
    'indicator:documents_held',
    'indicator:locked_in',
  ]);
  const m = messages('en');
  await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'strong_signs');
  await expect(page.locator('#result-outcome')).toHaveText(m['result-strong_signs']);
  // Why, in detail, is one tap away rather than pages down.
  await expect(page.locator('.result-why')).not.toHaveAttribute('open', '');
  await page.locator('.result-why > summary').click();
  // Every line for the result, with hours and sources, is one tap away too.
  await expect(page.locator('.referral-list')).toBeHidden();
  await page.locator('.whom-to-call > summary').click();
  await expect(page.locator('.referral-list [data-contact]').first()).toBeVisible();
  await expect(page.locator('.finding-positive')).toHaveCount(3);
  await expect(page.locator('.finding-positive').first()).toBeVisible();
  await expect(page.locator('.duty-law')).toHaveText(m['result-duty-law']);
  await expect(page.locator('.duty-kcik')).toHaveText(m['result-duty-kcik']);
  await expect(page.locator('#main')).not.toContainText('if they agree');
  await expect(page.locator('#main')).toContainText(m['check-screening-not-identification']);
  await expect(page.locator('.provisional')).toHaveText(m['result-provisional']);
  const referred = await contactOrder(page);
  expect(referred[0]).toBe('kcik');
  expect(referred).toContain('police_thb');
  expect(referred.indexOf('police_helpline')).toBeGreaterThan(referred.indexOf('emergency'));
});

test('one ILO indicator asked twice does not make a dimension positive', async ({ page }) => {
  test.slow(); // a whole screening, question by question
  await start(page, { lang: 'en', path: 'full' });
  await answerAll(page, 'en', ['indicator:job_different_nature', 'indicator:place_or_employer_different']);
  await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'some_signs');
  await expect(page.locator('.finding-positive')).toHaveCount(0);
});

test('poor pay with control denied is a labour-rights problem; unsure control is not', async ({ page }) => {
  test.slow(); // a whole screening, question by question
  await start(page, { lang: 'ru', path: 'full' });
  await answerAll(page, 'ru', ['indicator:excessive_hours', 'indicator:low_or_no_pay']);
  await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'labour_rights');
  await expect(page.locator('.pip')).toHaveText(messages('ru')['result-pip']);
  await expect(page.locator('.not-asked li')).toHaveCount(0);

  // The same, finished before control was asked: control is unknown.
  await page.getByRole('button', { name: messages('ru')['check-clear'] }).click();
  await start(page, { lang: 'en' });
  const m = messages('en');
  await toPersonQuestions(page);
  for (let i = 0; i < 40; i++) {
    const key = await page.locator('[data-question]').getAttribute('data-question');
    if (key === 'indicator:excessive_hours' || key === 'indicator:low_or_no_pay') break;
    await page.locator(key === 'working' ? '.answer-yes' : '.answer-no').click();
    await expect(page.locator(`[data-question="${key}"]`)).toHaveCount(0);
  }
  await page.locator('.answer-yes').click();
  await page.getByRole('button', { name: m['check-finish-now'] }).click();
  await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'control_unknown');
  await expect(page.locator('.control-open li').first()).toBeVisible();
  await expect(page.locator('#result-outcome')).toHaveText(m['result-control_unknown']);
});

test('a yes to a high-risk sign shows "call 112" at once and tops the result', async ({ page }) => {
  await start(page, { lang: 'uk' });
  const m = messages('uk');
  await page.locator('.answer-yes').click();
  await expect(page.locator('[data-question]')).toHaveAttribute('data-question', 'safety:psychiatric_crisis');
  await page.locator('.answer-yes').click();
  await expect(page.locator('.result-112 a[href="tel:112"]')).toBeVisible();
  await page.getByRole('button', { name: m['check-finish-now'] }).click();
  await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'immediate_danger');
  await expect(page.locator('#main a[href^="tel:"]').first()).toHaveAttribute('href', 'tel:112');
  // Finishing early lists what was not asked.
  await expect(page.locator('.not-asked li')).toHaveCount(6);
});

test('a child with act and exploitation: strong signs, no consent step, the police first', async ({ page }) => {
  test.slow(); // a whole screening, question by question
  await start(page, { lang: 'pl' });
  await answerAll(page, 'pl', [
    'age',
    'indicator:job_different_nature',
    'indicator:wages_deceived',
    'indicator:excessive_hours',
    'indicator:low_or_no_pay',
  ]);
  const m = messages('pl');
  await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'strong_signs');
  await expect(page.locator('.outcome p').first()).toHaveText(m['result-strong_signs-child-text']);
  await expect(page.locator('.child-note')).toHaveText(m['result-child']);
  await expect(page.locator('.duty-kcik')).toHaveText(m['result-duty-child']);
  await expect(page.locator('.next-steps')).toContainText(m['step-child']);
  await expect(page.locator('.next-steps')).not.toContainText(m['step-consent']);
  expect((await contactOrder(page))[0]).toBe('emergency');
  // For a child, every line stays open beside the police, without a tap.
  await expect(page.locator('[data-contact="child_helpline"]')).toBeVisible();
});

test('back, skip and clear: answers vanish with one tap, and one tap brings them back', async ({ page }) => {
  await start(page, { lang: 'en' });
  const m = messages('en');
  const progress = page.locator('.progress-text');
  const first = await progress.innerText();
  await page.locator('.answer-no').click();
  await expect(progress).not.toHaveText(first);
  await page.getByRole('button', { name: m['check-back'] }).click();
  await expect(progress).toHaveText(first);
  await page.getByRole('button', { name: m['check-skip'] }).click();
  await page.locator('.answer-yes').click();
  expect(page.url()).not.toMatch(/answer|yes|safety|indicator/i);
  const where = await page.locator('[data-question]').getAttribute('data-question');
  await page.getByRole('button', { name: m['check-clear'] }).click();
  await expect(page.getByRole('button', { name: m['check-start'] })).toBeVisible();
  await expect(page.locator('[data-question]')).toHaveCount(0);
  expect(await page.evaluate(() => sessionStorage.length + localStorage.length)).toBeLessThanOrEqual(1);
  expect(await page.evaluate(() => JSON.stringify({ ...sessionStorage, ...localStorage }))).not.toMatch(/safety|indicator|yes/i);
  // Cleared by mistake: undo puts every answer back, in place.
  await expect(page.locator('.cleared')).toContainText(m['check-cleared']);
  await expect(page.locator('#undo-clear')).toBeFocused();
  await page.locator('#undo-clear').click();
  await expect(page.locator('[data-question]')).toHaveAttribute('data-question', where);
});

test('a reload or a discarded tab keeps the screening; a new tab, clearing and time do not', async ({ page, context }) => {
  await start(page, { lang: 'pl', person: 'uk' });
  const m = messages('pl');
  await page.locator('.answer-yes').click();
  await expect(page.locator('[data-question]')).toHaveAttribute('data-question', 'safety:psychiatric_crisis');
  await page.locator('.answer-yes').click();
  await page.getByRole('button', { name: m['check-finish-now'] }).click();
  await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'immediate_danger');
  const summary = await page.locator('.summary-text').innerText();
  // The dialer opens, the browser discards the tab, the worker comes back.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'immediate_danger');
  await expect(page.locator('.summary-text')).toHaveText(summary);
  // Kept in this tab's sessionStorage only: nothing in localStorage.
  expect(await page.evaluate(() => JSON.stringify({ ...localStorage }))).not.toMatch(/safety|indicator|yes/i);
  expect(await page.evaluate(() => JSON.stringify({ ...sessionStorage }))).toMatch(/safety:psychiatric_crisis yes/);
  // Another tab starts empty.
  const other = await context.newPage();
  await openApp(other, './?lang=pl&view=check');
  await expect(other.getByRole('button', { name: m['check-start'] })).toBeVisible();
  await other.close();
  // After 4 hours it is gone.
  await page.evaluate(() => {
    const [head, , ...rest] = sessionStorage.getItem('pocket-card.screening').split('\n');
    sessionStorage.setItem('pocket-card.screening', [head, String(Math.floor(Date.now() / 1000) - 4 * 3600 - 60), ...rest].join('\n'));
  });
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByRole('button', { name: m['check-start'] })).toBeVisible();
  expect(await page.evaluate(() => sessionStorage.getItem('pocket-card.screening'))).toBeNull();
  // Damaged storage reads as no screening.
  await page.evaluate(() => sessionStorage.setItem('pocket-card.screening', 'pc-screening 1\n\u0000garbage'));
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByRole('button', { name: m['check-start'] })).toBeVisible();
});

test('the questionnaire works with the keyboard alone', async ({ page }) => {
  await openApp(page, './?lang=en&view=check');
  await page.getByRole('button', { name: messages('en')['check-start'] }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#question-text')).toBeFocused();
  const progress = page.locator('.progress-text');
  const first = await progress.innerText();
  await page.keyboard.press('Tab');
  await expect(page.locator('.answers button').first()).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(progress).not.toHaveText(first);
  await expect(page.locator('#question-text')).toBeFocused();
});

for (const lang of LANGS) {
  test(`axe-core: checker question and result in ${lang}`, async ({ page }) => {
    const other = lang === 'pl' ? 'uk' : 'pl';
    await start(page, { lang, person: other });
    await expectAxeClean(page);
    await page.locator('.answer-yes').click();
    await page.getByRole('button', { name: messages(lang)['check-finish-now'] }).click();
    await expect(page.locator('[data-outcome]')).toBeVisible();
    await expectAxeClean(page);
  });
}

for (const lang of LANGS) {
  test(`a full check to the end in ${lang}, with the person in another language`, async ({ page }) => {
    test.slow(); // a whole screening, question by question
    const person = lang === 'uk' ? 'ru' : 'uk';
    await start(page, { lang, person });
    await answerAll(page, lang, ['indicator:low_or_no_pay', 'indicator:documents_held']);
    const m = messages(lang);
    await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'some_signs');
    // The last answer replaces the question with the result: the focus is
    // on the screen's title, not lost with the heading that is gone.
    await expect(page.locator('#screen-title')).toBeFocused();
    await expect(page.locator('.next-steps li')).toHaveCount(3);
    const summary = page.locator('.summary-text');
    await expect(summary).toContainText(m['ind-documents_held-sign']);
    await expect(summary).toContainText(m[`lang-name-${person}`]);
    // A confirmed line comes before one last confirmed years ago, even one
    // in the person's language.
    const order = await contactOrder(page);
    expect(order[0]).toBe('kcik');
    expect(order.indexOf('police_helpline')).toBeGreaterThan(order.indexOf('emergency'));
    await expect(page.locator('body')).not.toContainText(/\b(ind|summary|step|result|check|risk|plan|intro|handover)-[a-z_]+-?[a-z_]*\b/);
  });
}

test('the summary can be copied and holds no identifying field', async ({ page, context }) => {
  test.slow(); // a whole screening, question by question
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await start(page, { lang: 'en' });
  await answerAll(page, 'en', ['indicator:excessive_hours']);
  const m = messages('en');
  await page.getByRole('button', { name: m['summary-copy'] }).click();
  await expect(page.locator('.summary-status')).toHaveText(m['summary-copied']);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await page.locator('.summary-text').innerText());
  expect(copied.split('\n')).toHaveLength(5);
  // There is nowhere to type a name: the checker has no text input at all.
  await expect(page.locator('input[type="text"], textarea, [contenteditable="true"]')).toHaveCount(0);
});

// Role first (issue #20): the result's first block is the next step of the
// worker's role, with one line to call first, chosen for the time of day.
const ROLE_CASES = [
  { role: 'police', at: '2026-12-02T23:00:00', text: 'next-police', primary: 'police_thb' },
  { role: 'health', at: '2026-12-02T10:00:00', text: 'next-health', primary: 'kcik' },
  { role: 'health', at: '2026-12-02T23:00:00', text: 'next-health', primary: 'lastrada', offHours: true },
  { role: 'volunteer', at: '2026-12-05T10:00:00', text: 'next-volunteer', primary: 'lastrada' },
  { role: 'inspector', at: '2026-12-02T10:00:00', text: 'next-inspector', primary: 'kcik' },
  { role: 'other', at: '2026-12-06T10:00:00', text: 'next-other', primary: 'lastrada', offHours: true },
];
for (const { role, at, text, primary, offHours } of ROLE_CASES) {
  test(`role first: ${role} at ${at.slice(11, 16)} on ${new Date(at).toDateString().slice(0, 3)} calls ${primary} first`, async ({ page }) => {
    test.slow(); // a whole screening, question by question
    await page.clock.setFixedTime(new Date(at));
    await start(page, { lang: 'en', role });
    await answerAll(page, 'en', ['indicator:documents_held', 'indicator:debt_bondage']);
    const m = messages('en');
    const step = page.locator('.next-step');
    await expect(step).toHaveAttribute('data-next', text);
    await expect(step.locator('p').first()).toHaveText(m[text]);
    await expect(step.locator('.primary-call [data-contact]')).toHaveAttribute('data-contact', primary);
    await expect(step.locator('.off-hours')).toHaveCount(offHours ? 1 : 0);
    // The next step comes before the verdict's details, one tap from a call.
    const box = await step.locator('.primary-call a[href^="tel:"]').first().boundingBox();
    expect(box.y).toBeLessThan(740 * 2);
  });
}

/** Every question key put to the person, answering "no" (and `working` as given) to the end. */
async function keysAsked(page, working = 'no') {
  const keys = [];
  for (let step = 0; step < 120; step++) {
    const question = page.locator('[data-question]');
    if ((await question.count()) === 0) break;
    const key = await question.getAttribute('data-question');
    keys.push(key);
    if (key === 'intro') await page.locator('.check .button-primary').click();
    else await page.locator(key === 'working' && working === 'yes' ? '.answer-yes' : '.answer-no').click();
    await expect(page.locator(`[data-question="${key}"]`)).toHaveCount(0);
  }
  await expect(page.locator('[data-outcome]')).toBeVisible();
  return keys;
}

test('the situation decides which questions come, and the set-up states each length', async ({ page }) => {
  const m = messages('en');
  await openApp(page, './?lang=en&view=check');
  const shortLabel = page.locator('input[name="path"]').first().locator('xpath=..');
  const counted = async () => Number((await shortLabel.textContent()).match(/\d+/)[0]);
  await page.locator('input[name="situation"][value="on-the-way"]').check();
  const onTheWay = await counted();
  await page.locator('input[name="situation"][value="at-work"]').check();
  const atWork = await counted();
  await page.locator('input[name="situation"][value="unknown"]').check();
  const unknown = await counted();
  expect(onTheWay).toBeLessThan(atWork);
  expect(unknown).toBeGreaterThan(Math.max(onTheWay, atWork));
  expect(unknown).toBeLessThanOrEqual(30);
  expect(atWork).toBeLessThanOrEqual(28);

  // On the way: nothing about pay or a boss; the offer and the trip instead.
  await page.locator('input[name="situation"][value="on-the-way"]').check();
  await page.getByRole('button', { name: m['check-start'] }).click();
  const travelling = await keysAsked(page);
  expect(travelling.filter((k) => k !== 'intro')).toHaveLength(onTheWay);
  expect(travelling).toContain('indicator:travel_deceived');
  expect(travelling).not.toContain('indicator:low_or_no_pay');
  expect(travelling).not.toContain('indicator:excessive_hours');
  expect(travelling).not.toContain('working');

  // Not known: the person is asked, after the high-risk questions, and a
  // "yes" (worked since leaving home) brings the questions about work.
  await page.getByRole('button', { name: m['check-clear'] }).click();
  await page.locator('input[name="situation"][value="unknown"]').check();
  await page.getByRole('button', { name: m['check-start'] }).click();
  await toPersonQuestions(page);
  const afterIntro = [];
  for (let i = 0; i < 10; i++) {
    const key = await page.locator('[data-question]').getAttribute('data-question');
    afterIntro.push(key);
    if (key === 'working') break;
    await page.locator('.answer-no').click();
    await expect(page.locator(`[data-question="${key}"]`)).toHaveCount(0);
  }
  expect(afterIntro.at(-1)).toBe('working');
  expect(afterIntro.slice(0, -1).every((k) => k.startsWith('safety:'))).toBe(true);
  await expect(page.locator('#question-text')).toHaveText(m['situation-working-ask']);
  const working = await keysAsked(page, 'yes');
  expect(working).toContain('indicator:low_or_no_pay');
  expect(working).not.toContain('indicator:offer_too_good');
});
