// Training mode: a full case walked in every base language, feedback on a
// harmful choice, progress kept on the device only and resettable, unknown
// case links, keyboard use, and axe-core on every stage.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { LANGS, expectAxeClean, messages, openApp } from './helpers.js';

const scenarios = JSON.parse(readFileSync(new URL('../../../src/content/scenarios.json', import.meta.url), 'utf8'));
const byId = Object.fromEntries(scenarios.map((s) => [s.id, s]));

/** The path of helpful choices from the start: [[sceneId, choiceId], ...] and the ending reached. */
function helpfulPath(scenario) {
  const scenes = Object.fromEntries(scenario.scenes.map((s) => [s.id, s]));
  const path = [];
  let scene = scenes[scenario.start];
  while (!scene.ending) {
    const choice = scene.choices.find((c) => c.effect === 'helps');
    path.push([scene.id, choice.id]);
    scene = scenes[choice.next];
  }
  return { path, ending: scene.id };
}

// A different case in each language, so together they cover four roles.
const CASE_FOR = { pl: 'van', en: 'farm', uk: 'lift', ru: 'clinic' };

for (const lang of LANGS) {
  const id = CASE_FOR[lang];
  test(`a full case (${id}) walked in ${lang}, axe-clean at every stage`, async ({ page }) => {
    const m = messages(lang);
    const scenario = byId[id];
    await openApp(page, `./?lang=${lang}&view=training`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(m['training-title']);
    await expect(page.locator('.entries-cases .entry')).toHaveCount(scenarios.length);
    await expectAxeClean(page);
    await page.getByRole('link', { name: m[`sc-${id}-title`] }).click();
    await expect(page).toHaveURL(new RegExp(`[?&]case=${id}`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(m[`sc-${id}-title`]);

    const { path, ending } = helpfulPath(scenario);
    for (const [index, [sceneId, choiceId]] of path.entries()) {
      await expect(page.locator('.scene')).toHaveAttribute('data-scene', sceneId);
      await expect(page.locator('.scene-text')).toHaveText(m[`sc-${id}-${sceneId}`]);
      if (index === 0) await expectAxeClean(page);
      await page.locator(`[data-choice="${choiceId}"]`).click();
      const feedback = page.locator('.feedback');
      await expect(feedback).toHaveAttribute('data-effect', 'helps');
      await expect(feedback).toContainText(m['training-effect-helps']);
      await expect(feedback.locator('.feedback-why')).toHaveText(m[`sc-${id}-${sceneId}-${choiceId}-why`]);
      const card = scenario.scenes.find((s) => s.id === sceneId).choices.find((c) => c.id === choiceId).card;
      await expect(feedback.locator('blockquote')).toHaveText(m[card]);
      await expect(page.locator('#feedback-title')).toBeFocused();
      if (index === 0) await expectAxeClean(page);
      await page.locator('[data-action="continue"]').click();
    }
    await expect(page.locator('.ending')).toHaveAttribute('data-ending', ending);
    await expect(page.locator('.ending-text')).toHaveText(m[`sc-${id}-${ending}`]);
    await expect(page.locator('.debrief-lesson')).toHaveText(m[`sc-${id}-lesson`]);
    const signs = await page.locator('.debrief .signs [data-sign]').evaluateAll((els) => els.map((e) => e.dataset.sign));
    expect(signs).toEqual(scenario.signs);
    const contacts = await page.locator('.debrief [data-contact]').evaluateAll((els) => els.map((e) => e.dataset.contact));
    expect(contacts).toEqual(scenario.contacts);
    await expect(page.locator('.debrief-choices li')).toHaveCount(path.length);
    await expect(page.locator('body')).not.toContainText(/\b(sc|training|ind)-[a-z0-9_-]+\b/);
    await expectAxeClean(page);

    await page.getByRole('link', { name: m['training-back'] }).last().click();
    const entry = page.locator(`.entry[href$="case=${id}"] .entry-status`);
    await expect(entry).toHaveAttribute('data-played', 'true');
  });
}

test('a well-meant mistake is explained, and its harm shows in the debrief', async ({ page }) => {
  const m = messages('en');
  await openApp(page, './?lang=en&case=clinic');
  await page.locator('[data-choice="cousin"]').click();
  await expect(page.locator('.feedback')).toHaveAttribute('data-effect', 'harms');
  await expect(page.locator('.feedback')).toContainText(m['training-effect-harms']);
  await expect(page.locator('.feedback blockquote')).toHaveText(m['talk-no-companion-interpreter']);
  // The point links to the pocket card that says it; the case is still there on return.
  await page.getByRole('link', { name: m['training-open-card'] }).click();
  await expect(page.locator('[data-card]')).toHaveAttribute('data-card', 'health');
  await page.goBack();
  await expect(page.locator('.feedback')).toHaveAttribute('data-effect', 'harms');
  await page.locator('[data-action="continue"]').click();
  await page.locator('[data-choice="discharge"]').click();
  await page.locator('[data-action="continue"]').click();
  await expect(page.locator('.ending')).toHaveAttribute('data-effect', 'harms');
  await expect(page.locator('.debrief-score')).toHaveText('0 of 2 of your choices helped.');
  await page.getByRole('button', { name: m['training-again'] }).click();
  await expect(page.locator('.scene')).toHaveAttribute('data-scene', 'arrival');
  await expect(page.locator('#scene-text')).toBeFocused();
});

test('progress stays on the device, holds only ids and counts, and one tap resets it', async ({ page }) => {
  const m = messages('en');
  await openApp(page, './?lang=en&case=farm');
  for (const choice of ['alone', 'rights']) {
    await page.locator(`[data-choice="${choice}"]`).click();
    await page.locator('[data-action="continue"]').click();
  }
  const stored = await page.evaluate(() => localStorage.getItem('pocket-card.training'));
  // One line per case: id, best helped, best total, plays.
  expect(stored).toBe('farm 2 2 1\n');
  expect(await page.evaluate(() => Object.keys(sessionStorage))).toEqual([]);
  expect(page.url()).not.toMatch(/alone|rights/);

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  await page.goto('./?lang=en&view=training');
  await expect(page.locator('.entry[href$="case=farm"] .entry-status')).toHaveText('Played: 2 of 2 choices helped');
  await page.getByRole('button', { name: m['training-reset'] }).click();
  await expect(page.locator('.training-status')).toHaveText(m['training-reset-done']);
  await expect(page.locator('.entry[href$="case=farm"] .entry-status')).toHaveText(m['training-status-new']);
  expect(await page.evaluate(() => localStorage.getItem('pocket-card.training'))).toBeNull();
});

test('corrupted training storage is ignored, and an unknown case link falls back to the list', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('pocket-card.training', 'farm oops\n{"played": {"farm": "oops"'));
  await openApp(page, './?lang=en&case=heist');
  await expect(page.locator('.notice')).toContainText(messages('en')['training-unknown']);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages('en')['training-title']);
  await expect(page.locator('.entry-status[data-played="true"]')).toHaveCount(0);
});

test('a case can be played with the keyboard alone', async ({ page }) => {
  await openApp(page, './?lang=en&case=station');
  await page.locator('[data-choice="approach"]').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#feedback-title')).toBeFocused();
  await page.locator('[data-action="continue"]').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#scene-text')).toBeFocused();
  await expect(page.locator('.scene')).toHaveAttribute('data-scene', 'talk');
});

test('home links to training, and the about screen shows every language with its translation status', async ({ page }) => {
  const m = messages('en');
  await openApp(page, './?lang=en');
  await page.getByRole('link', { name: new RegExp(m['home-training-title']) }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(m['training-title']);
  await page.getByRole('link', { name: m['nav-about'] }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(m['about-title']);
  const rows = page.locator('.lang-statuses li');
  const count = await page.locator('#lang-picker option').count();
  await expect(rows).toHaveCount(count);
  await expect(page.locator('.lang-statuses li[data-lang="en"] .lang-status')).toHaveText(m['lang-status-source']);
  await expect(page.locator('.lang-statuses li[data-lang="pl"] .lang-status')).toHaveText(m['lang-status-machine']);
  // The menu groups languages by status, so it is honest about quality too.
  const groups = await page.locator('#lang-picker optgroup').evaluateAll((els) => els.map((e) => e.label));
  expect(groups).toEqual([m['lang-status-source'], m['lang-status-machine']]);
  await expectAxeClean(page);
});
