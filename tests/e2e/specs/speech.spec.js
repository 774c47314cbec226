// Reading aloud ("Listen") with voices on the device only.
//
// Headless Chromium has no speech engine here, so each test installs a
// stand-in for `speechSynthesis` and `SpeechSynthesisUtterance` before the
// app loads: it lists the voices a test gives (name, lang, localService),
// loads them late with `voiceschanged` as Chromium does, and records what
// was spoken, with which voice and rate, and every cancel.
import { existsSync, readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { chromium } from '../playwright.config.js';
import { ALL_LANGS, expectAxeClean, messages, openApp, recordRequests, toPersonQuestions } from './helpers.js';

const LOCAL_UK = { name: 'Ukrainian (device)', lang: 'uk-UA', localService: true };
const NETWORK_UK = { name: 'Google українська', lang: 'uk-UA', localService: false };
const LOCAL_PL = { name: 'Polish (device)', lang: 'pl-PL', localService: true };
const LOCAL_RU = { name: 'Russian (device)', lang: 'ru_RU', localService: true };

/** Installs the stand-in with `voices`, listed only after `delay` ms. */
async function speechStandIn(page, voices, delay = 100) {
  await page.addInitScript(
    ({ voices, delay }) => {
      const log = { spoken: [], cancels: 0 };
      window.__speech = log;
      class Utterance {
        constructor(text = '') {
          Object.assign(this, { text, lang: '', voice: null, rate: 1, pitch: 1, volume: 1, onend: null, onerror: null });
        }
      }
      class Synth extends EventTarget {
        constructor() {
          super();
          this.list = [];
          this.queue = [];
        }
        get speaking() {
          return this.queue.length > 0;
        }
        get pending() {
          return this.queue.length > 1;
        }
        get paused() {
          return false;
        }
        getVoices() {
          return this.list.slice();
        }
        speak(u) {
          const v = u.voice;
          log.spoken.push({ text: u.text, lang: u.lang, rate: u.rate, voice: v && v.name, local: v && v.localService });
          this.queue.push(u);
        }
        cancel() {
          log.cancels += 1;
          const dropped = this.queue;
          this.queue = [];
          // As in Chromium: each dropped utterance reports an error, later.
          setTimeout(() => dropped.forEach((u) => u.onerror && u.onerror({ type: 'error', error: 'canceled', target: u })));
        }
        /** Test hook: the engine reads everything queued to the end. */
        finishAll() {
          const done = this.queue;
          this.queue = [];
          done.forEach((u) => u.onend && u.onend({ type: 'end', target: u }));
        }
      }
      const synth = new Synth();
      Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
      Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true, writable: true });
      window.__setVoices = (list) => {
        synth.list = list.map((v) => ({ voiceURI: v.name, default: false, ...v }));
        synth.dispatchEvent(new Event('voiceschanged'));
      };
      setTimeout(() => window.__setVoices(voices), delay);
    },
    { voices, delay },
  );
}

const spoken = (page) => page.evaluate(() => window.__speech.spoken);
const cancels = (page) => page.evaluate(() => window.__speech.cancels);
const speaking = (page) => page.evaluate(() => window.speechSynthesis.speaking);

/** The checker's first question, worker in `lang`, the person in `person` ('' for the same). */
async function startCheck(page, { lang = 'pl', person = '' } = {}) {
  await openApp(page, `./?lang=${lang}&view=check`);
  if (person) {
    await page.locator('#person-lang').selectOption(person);
    await expect(page.locator('#person-lang')).toHaveValue(person);
  }
  await page.getByRole('button', { name: messages(lang)['check-start'], exact: true }).click();
  // Past the worker's own observations and the person's first screen; "no"
  // to "only a few minutes?", so the next question is the one read here.
  await toPersonQuestions(page);
  await expect(page.locator('[data-question="safety:little_time"]')).toBeVisible();
  await page.locator('.answer-no').click();
  await expect(page.locator('[data-question="safety:threatened_now"]')).toBeVisible();
}

const listenButton = (page) => page.locator('.listen-button');

/** The "no voice" note as the app writes it, in the worker's `lang`, for the person's `person`. */
function noVoiceNote(lang, person) {
  const ftl = readFileSync(new URL(`../../../locales/${lang}/speech.ftl`, import.meta.url), 'utf8');
  const text = (id) => new RegExp(`^${id} = (.+)$`, 'm').exec(ftl)[1];
  const name = messages(lang)[`lang-name-${person}`];
  return `${text('speech-no-voice').replace('{ $language }', name)} ${text('speech-no-voice-hint')}`;
}

test('a question for the person is read in Ukrainian with a local Ukrainian voice, app in Polish', async ({ page }) => {
  await speechStandIn(page, [LOCAL_PL, NETWORK_UK, LOCAL_UK]);
  await startCheck(page, { lang: 'pl', person: 'uk' });
  const pl = messages('pl');
  const uk = messages('uk');
  const button = listenButton(page);
  // Named in both languages, each word marked with its own.
  // The icon is hidden from screen readers: the name is the two words.
  await expect(button).toHaveAccessibleName(`${uk['speech-listen']} ${pl['speech-listen']}`);
  await expect(button.locator('[lang="uk"]')).toHaveText(uk['speech-listen']);
  await expect(button.locator('[lang="pl"]')).toHaveText(pl['speech-listen']);
  expect(await spoken(page)).toEqual([]);

  await button.click();
  const said = await spoken(page);
  expect(said.map((s) => s.text)).toEqual([
    uk['triage-threatened_now-ask'],
    uk['check-answer-yes'],
    uk['check-answer-no'],
    uk['check-answer-not-sure'],
    uk['check-answer-prefer-not'],
  ]);
  for (const s of said) {
    expect(s.voice).toBe(LOCAL_UK.name);
    expect(s.local).toBe(true);
    expect(s.lang).toBe('uk-UA');
    expect(s.rate).toBeCloseTo(0.9, 5);
  }
  // While it reads, the same button stops it, and says so in both languages.
  await expect(button).toHaveAccessibleName(`${uk['speech-stop']} ${pl['speech-stop']}`);
  await expect(button).toHaveClass(/listen-speaking/);
  await button.click();
  expect(await cancels(page)).toBeGreaterThan(0);
  expect(await speaking(page)).toBe(false);
  await expect(button).toHaveAccessibleName(`${uk['speech-listen']} ${pl['speech-listen']}`);

  // Read to the end, the button returns to "Listen" by itself.
  await button.click();
  await page.evaluate(() => window.speechSynthesis.finishAll());
  await expect(button).toHaveAccessibleName(`${uk['speech-listen']} ${pl['speech-listen']}`);
});

test('a network-only Ukrainian voice is refused: nothing is spoken and the worker is told', async ({ page }) => {
  await speechStandIn(page, [LOCAL_PL, NETWORK_UK]);
  await startCheck(page, { lang: 'pl', person: 'uk' });
  const pl = messages('pl');
  await listenButton(page).click();
  expect(await spoken(page)).toEqual([]);
  const note = page.locator('.listen-note');
  await expect(note).toHaveText(noVoiceNote('pl', 'uk'));
  await expect(note).toHaveAttribute('role', 'status');
});

test('a language with no voice on the device says so in the worker language', async ({ page }) => {
  await speechStandIn(page, [LOCAL_PL, LOCAL_UK, { name: 'Georgian (online)', lang: 'ka-GE', localService: false }]);
  await startCheck(page, { lang: 'en', person: 'ka' });
  const en = messages('en');
  const ka = messages('ka');
  await expect(listenButton(page)).toHaveAccessibleName(`${ka['speech-listen']} ${en['speech-listen']}`);
  await listenButton(page).click();
  expect(await spoken(page)).toEqual([]);
  await expect(page.locator('.listen-note')).toHaveText(noVoiceNote('en', 'ka'));
  // The next question forgets the refusal.
  await page.locator('.answer-no').click();
  await expect(page.locator('.listen-note')).toHaveText('');
});

test('a voice that arrives after a refused press clears the note (voiceschanged)', async ({ page }) => {
  await speechStandIn(page, []);
  await startCheck(page, { lang: 'pl', person: 'uk' });
  await listenButton(page).click();
  await expect(page.locator('.listen-note')).not.toHaveText('');
  await page.evaluate((voice) => window.__setVoices([voice]), LOCAL_UK);
  await expect(page.locator('.listen-note')).toHaveText('');
  await listenButton(page).click();
  expect((await spoken(page))[0].voice).toBe(LOCAL_UK.name);
});

test('without a language of their own, the person hears the worker language', async ({ page }) => {
  await speechStandIn(page, [LOCAL_UK, LOCAL_RU]);
  await startCheck(page, { lang: 'ru' });
  const ru = messages('ru');
  await expect(listenButton(page)).toHaveAccessibleName(ru['speech-listen']);
  await listenButton(page).click();
  const said = await spoken(page);
  expect(said[0]).toMatchObject({ text: ru['triage-threatened_now-ask'], voice: LOCAL_RU.name });
});

test('speech stops when an answer is tapped, on skip, and when the screen changes', async ({ page }) => {
  await speechStandIn(page, [LOCAL_UK]);
  await startCheck(page, { lang: 'pl', person: 'uk' });
  const pl = messages('pl');
  const uk = messages('uk');
  const button = listenButton(page);

  await button.click();
  expect(await speaking(page)).toBe(true);
  await button.evaluate((b) => (b.dataset.mark = 'first question'));
  let before = await cancels(page);
  await page.locator('.answer-no').click();
  await expect(page.locator('[data-question="safety:cannot_leave_now"]')).toBeVisible();
  expect(await cancels(page)).toBeGreaterThan(before);
  expect(await speaking(page)).toBe(false);
  await expect(button).toHaveAccessibleName(`${uk['speech-listen']} ${pl['speech-listen']}`);
  // The same button, updated in place: a keyboard or screen-reader user keeps their place.
  await expect(button).toHaveAttribute('data-mark', 'first question');

  // The next question is read as itself.
  await button.click();
  expect((await spoken(page)).at(-5).text).toBe(uk['triage-cannot_leave_now-ask']);
  before = await cancels(page);
  await page.getByRole('button', { name: pl['check-skip'], exact: true }).click();
  expect(await cancels(page)).toBeGreaterThan(before);
  expect(await speaking(page)).toBe(false);

  await button.click();
  expect(await speaking(page)).toBe(true);
  await page.locator('.app-header .brand').click();
  await expect(page.locator('.listen-button')).toHaveCount(0);
  expect(await speaking(page)).toBe(false);
});

test('only questions put to the person have a Listen button', async ({ page }) => {
  await speechStandIn(page, [LOCAL_UK]);
  await openApp(page, './?lang=pl&view=check');
  await page.locator('#person-lang').selectOption('uk');
  await page.getByRole('button', { name: messages('pl')['check-start'], exact: true }).click();
  // The worker's own observations come first: nothing to read aloud.
  await expect(page.locator('[data-question="alone"]')).toBeVisible();
  await expect(listenButton(page)).toHaveCount(0);
  for (let step = 0; step < 10; step++) {
    if ((await page.locator('[data-question="age"]').count()) > 0) break;
    await page.locator('.answer-no').click();
  }
  await expect(page.locator('[data-question="age"]')).toBeVisible();
  await expect(listenButton(page)).toHaveCount(0);
});

test("the person's card is read in the language it shows", async ({ page }) => {
  await speechStandIn(page, [LOCAL_PL, LOCAL_UK]);
  await openApp(page, './?lang=uk&card=person');
  const uk = messages('uk');
  await expect(listenButton(page)).toHaveAccessibleName(uk['speech-listen']);
  await listenButton(page).click();
  const said = await spoken(page);
  expect(said[0]).toMatchObject({ text: uk['card-person-title'], voice: LOCAL_UK.name });
  expect(said[1].text).toBe(uk['card-person-intro']);
  expect(said.every((s) => s.voice === LOCAL_UK.name)).toBe(true);
  // Another language stops it; the card's new language is then the one read.
  await page.locator('#lang-picker').selectOption('pl');
  await expect(listenButton(page)).toHaveAccessibleName(messages('pl')['speech-listen']);
  expect(await speaking(page)).toBe(false);
  // Worker cards have no Listen button.
  await openApp(page, './?lang=uk&card=volunteer');
  await expect(listenButton(page)).toHaveCount(0);
});

test('the setting hides every Listen button, is kept, and brings them back', async ({ page }) => {
  await speechStandIn(page, [LOCAL_UK]);
  const pl = messages('pl');
  await openApp(page, './?lang=pl&view=check');
  const setting = page.getByRole('checkbox', { name: pl['speech-setting'] });
  await expect(setting).toBeChecked();
  expect(await page.evaluate(() => localStorage.getItem('pocket-card.speech'))).toBeNull();
  await setting.uncheck();
  expect(await page.evaluate(() => localStorage.getItem('pocket-card.speech'))).toBe('off');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  await expect(setting).not.toBeChecked();
  await page.getByRole('button', { name: pl['check-start'], exact: true }).click();
  await expect(page.locator('#question-text')).toBeVisible();
  await expect(listenButton(page)).toHaveCount(0);
  await openApp(page, './?lang=pl&card=person');
  await expect(listenButton(page)).toHaveCount(0);
  // The screening started above is kept in this tab: start afresh.
  await page.evaluate(() => sessionStorage.clear());
  await openApp(page, './?lang=pl&view=check');
  await setting.check();
  expect(await page.evaluate(() => localStorage.getItem('pocket-card.speech'))).toBeNull();
  await page.getByRole('button', { name: pl['check-start'], exact: true }).click();
  await toPersonQuestions(page);
  await expect(listenButton(page)).toBeVisible();
});

test('corrupted or unavailable storage never hides the buttons or breaks the app', async ({ page }) => {
  await speechStandIn(page, [LOCAL_UK]);
  await page.addInitScript(() => localStorage.setItem('pocket-card.speech', '{"off": tru'));
  await startCheck(page, { lang: 'pl', person: 'uk' });
  await expect(listenButton(page)).toBeVisible();

  const blocked = await page.context().newPage();
  await speechStandIn(blocked, [LOCAL_UK]);
  await blocked.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
  });
  await startCheck(blocked, { lang: 'pl', person: 'uk' });
  await expect(listenButton(blocked)).toBeVisible();
  await listenButton(blocked).click();
  expect((await spoken(blocked))[0].voice).toBe(LOCAL_UK.name);
});

test('a browser without speech synthesis says it cannot read aloud', async ({ page }) => {
  await page.addInitScript(() => {
    delete window.speechSynthesis;
    delete Window.prototype.speechSynthesis;
    delete window.SpeechSynthesisUtterance;
  });
  await startCheck(page, { lang: 'pl', person: 'uk' });
  await listenButton(page).click();
  await expect(page.locator('.listen-note')).toHaveText(messages('pl')['speech-unsupported']);
});

test('reading aloud sends no request: everything stays on the device', async ({ page, baseURL }) => {
  const urls = recordRequests(page);
  await speechStandIn(page, [LOCAL_UK, NETWORK_UK]);
  await startCheck(page, { lang: 'pl', person: 'uk' });
  await listenButton(page).click();
  await page.locator('.answer-no').click();
  await listenButton(page).click();
  await openApp(page, './?lang=uk&card=person');
  await listenButton(page).click();
  const origin = new URL(baseURL).origin;
  expect(urls.length).toBeGreaterThan(0);
  expect(urls.filter((url) => new URL(url).origin !== origin)).toEqual([]);
  // Nothing about the reading is stored.
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k !== 'pocket-card.lang'))).toEqual([]);
});

test('axe-core: the checker question with its Listen button, reading and refused', async ({ page }) => {
  await speechStandIn(page, [LOCAL_PL, LOCAL_UK]);
  await startCheck(page, { lang: 'pl', person: 'uk' });
  await expectAxeClean(page);
  await listenButton(page).click();
  await expectAxeClean(page);
  await page.evaluate(() => window.__setVoices([]));
  await listenButton(page).click(); // stop
  await listenButton(page).click(); // refused: no voice any more
  await expect(page.locator('.listen-note')).not.toHaveText('');
  await expectAxeClean(page);
  // The set-up screen with the setting.
  await openApp(page, './?lang=pl&view=check');
  await expectAxeClean(page);
});

test('the Listen button works with the keyboard alone', async ({ page }) => {
  await speechStandIn(page, [LOCAL_UK]);
  await startCheck(page, { lang: 'pl', person: 'uk' });
  await listenButton(page).focus();
  await page.keyboard.press('Enter');
  expect((await spoken(page)).length).toBe(5);
  await page.keyboard.press('Space');
  expect(await speaking(page)).toBe(false);
  await expect(listenButton(page)).toBeFocused();
});

// The same app against a real engine: Debian's espeak-ng through
// speech-dispatcher, which Chromium lists as local voices when started with
// --enable-speech-dispatcher. Opt-in (POCKET_CARD_SPEECH_ENGINE=1), since it
// needs packages the suite does not install (espeak-ng, speech-dispatcher,
// speech-dispatcher-espeak-ng) and, on a machine without sound, an audio
// output that accepts speech (speechd.conf: AudioOutputMethod "libao", with
// libao's null driver); the tests above, with the stand-in, always run.
const realEngine =
  process.env.POCKET_CARD_SPEECH_ENGINE === '1' && existsSync('/usr/bin/speech-dispatcher') && existsSync('/usr/bin/espeak-ng');
test.describe('with a real engine (espeak-ng via speech-dispatcher)', () => {
  test.skip(!realEngine, 'opt-in: POCKET_CARD_SPEECH_ENGINE=1 with espeak-ng and speech-dispatcher installed');

  test('every language: read with a local voice of its own if the engine has one, else the worker is told', async ({ playwright, baseURL }) => {
    test.setTimeout(180_000);
    // A browser of its own: the flag is what lets Chromium list the engine's voices.
    const browser = await playwright.chromium.launch({
      executablePath: chromium.binary,
      args: [...chromium.args, '--enable-speech-dispatcher'],
    });
    const page = await (await browser.newContext({ baseURL, locale: 'de-DE', viewport: { width: 360, height: 740 } })).newPage();
    try {
      await everyLanguage(page);
    } finally {
      await browser.close();
    }
  });
});

/** Each language as the person's, worker in Polish: the app's choice against the engine's own list. */
async function everyLanguage(page) {
  // Record what reaches the real engine, and let it through.
  await page.addInitScript(() => {
    const log = { spoken: [], cancels: 0 };
    window.__speech = log;
    const { speak, cancel } = SpeechSynthesis.prototype;
    SpeechSynthesis.prototype.speak = function (u) {
      const v = u.voice;
      log.spoken.push({ text: u.text, lang: u.lang, rate: u.rate, voice: v && v.name, voiceLang: v && v.lang, local: v && v.localService });
      return speak.call(this, u);
    };
    SpeechSynthesis.prototype.cancel = function () {
      log.cancels += 1;
      return cancel.call(this);
    };
  });
  const pl = messages('pl');
  const table = {};
  for (const lang of ALL_LANGS) {
    await startCheck(page, { lang: 'pl', person: lang === 'pl' ? '' : lang });
    // The engine's own list, matched here independently of the app.
    const local = await page.evaluate(async (lang) => {
      // The engine's list arrives late and in parts: wait until it holds still.
      const pause = () => new Promise((r) => setTimeout(r, 300));
      for (let i = 0, last = -1; i < 30; i++, await pause()) {
        const now = speechSynthesis.getVoices().length;
        if (now > 0 && now === last) break;
        last = now;
      }
      const code = (tag) => tag.toLowerCase().split(/[-_]/)[0];
      return speechSynthesis.getVoices().filter((v) => v.localService && code(v.lang) === lang).map((v) => v.name);
    }, lang);
    const before = (await spoken(page)).length;
    await listenButton(page).click();
    const said = (await spoken(page)).slice(before);
    if (local.length > 0) {
      expect(said[0].text, lang).toBe(messages(lang)['triage-threatened_now-ask']);
      expect(local, lang).toContain(said[0].voice);
      expect(said[0].rate).toBeCloseTo(0.9, 5);
      await expect(page.locator('.listen-note')).toHaveText('');
      await listenButton(page).click(); // stop
    } else {
      expect(said, lang).toEqual([]);
      await expect(page.locator('.listen-note')).toHaveText(noVoiceNote('pl', lang));
    }
    table[lang] = local.length > 0 ? `local voice: ${said[0].voice}` : 'no local voice';
  }
  console.log(`Voices of the real engine, per language:\n${Object.entries(table).map(([l, v]) => `  ${l}: ${v}`).join('\n')}`);
  test.info().annotations.push({ type: 'voices', description: JSON.stringify(table) });
}
