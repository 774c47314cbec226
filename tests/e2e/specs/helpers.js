// Shared helpers: expected texts come from the locale files themselves, so a
// test checks that the right language is on screen without repeating it.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const repo = new URL('../../../', import.meta.url).pathname;

/** The four base languages, always complete; the deepest tests run in these. */
export const LANGS = ['pl', 'en', 'uk', 'ru'];

/** Every shipped language: each folder of `locales/` with its `locale.toml`. */
export const ALL_LANGS = readdirSync(`${repo}locales/`, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(`${repo}locales/${d.name}/locale.toml`))
  .map((d) => d.name)
  .sort((a, b) => (LANGS.indexOf(b) >= 0) - (LANGS.indexOf(a) >= 0) || a.localeCompare(b));

/** Every message id of the reference locale, to spot one shown untranslated as its id. */
export function messageIds() {
  const dir = `${repo}locales/en/`;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ftl'))
    .flatMap((f) => [...readFileSync(dir + f, 'utf8').matchAll(/^([a-z][a-z0-9_-]*) =/gm)].map((m) => m[1]));
}

/** The single-line messages of one locale: id → text. */
export function messages(lang) {
  const dir = `${repo}locales/${lang}/`;
  const map = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ftl'))) {
    for (const line of readFileSync(dir + file, 'utf8').split('\n')) {
      const match = /^([a-z][a-z0-9_-]*) = (.+)$/.exec(line);
      if (match && !match[2].includes('{')) map[match[1]] = match[2];
    }
  }
  return map;
}

export function contacts() {
  return JSON.parse(readFileSync(`${repo}src/content/contacts.json`, 'utf8'));
}

/** Opens `path` and waits until the app has mounted with its language. */
export async function openApp(page, path = './') {
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
}

/** What every screen is held to: WCAG 2.2 A and AA, and axe's best practices. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Fails on any axe violation on the page as it is now, whatever its impact,
 * naming each rule and the elements it found; `label` says which screen.
 */
export async function expectAxeClean(page, label = '') {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const found = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target).join(' ')}`);
  expect(found, label).toEqual([]);
}

/** Records every request the page makes. */
export function recordRequests(page) {
  const urls = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

/**
 * From the first question of the checker to the first question put to the
 * person: answers "no" to the worker's observations and passes the person's
 * first screen. The plan asks the worker first, so the phone changes hands once.
 */
export async function toPersonQuestions(page) {
  for (let step = 0; step < 40; step++) {
    const question = page.locator('[data-question]');
    const key = await question.getAttribute('data-question');
    if (key === 'intro') {
      await page.locator('.check .button-primary').click();
      await expect(page.locator('[data-question="intro"]')).toHaveCount(0);
      return;
    }
    await page.locator('.answer-no').click();
    await expect(page.locator(`[data-question="${key}"]`)).toHaveCount(0);
  }
  throw new Error('the person\'s first screen never came');
}

/** The test servers' origin and the sub-path one (see playwright.config.js). */
export const ORIGIN = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4173)}/`;
export const SUB_PATH = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4173) + 1}/some/path/`;

const serverScript = new URL('../static-server.mjs', import.meta.url).pathname;

/** A static server of the release build of a test's own, so the test can stop it. */
export async function startServer(port) {
  const child = spawn(process.execPath, [serverScript], { env: { ...process.env, PORT: String(port) }, stdio: 'pipe' });
  await new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => chunk.toString().includes('serving') && resolve());
    child.on('exit', (code) => reject(new Error(`server exited ${code}`)));
  });
  // Idempotent, so a test can stop it midway and again when it ends.
  const stop = () => (child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => (child.on('exit', resolve), child.kill())));
  return { url: `http://127.0.0.1:${port}/`, stop };
}

/** Waits until the service worker controls the page and has finished precaching. */
export async function waitForServiceWorker(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
}
