// End-to-end tests against the release build (`cargo xtask build` → dist/),
// in Debian's Chromium: Playwright cannot download its own browser here.
import { readFileSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

// Other ports can be chosen, so two checkouts can run their tests at once.
const port = Number(process.env.E2E_PORT ?? 4173);
const subPathPort = port + 1;

// Chromium's path and flags, shared with xtask and the benchmark.
export const chromium = JSON.parse(readFileSync(new URL('./chromium.json', import.meta.url), 'utf8'));
export const chromiumArgs = chromium.args;

export default defineConfig({
  testDir: './specs',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    // Playwright gives every test a new context; each launch uses a fresh,
    // temporary user-data dir of its own.
    launchOptions: { executablePath: chromium.binary, args: chromiumArgs },
    // A language the app does not have, so that tests see the Polish
    // default unless they choose otherwise.
    locale: 'de-DE',
    viewport: { width: 360, height: 740 },
  },
  webServer: [
    { command: `node static-server.mjs`, env: { PORT: String(port) }, url: `http://127.0.0.1:${port}/`, reuseExistingServer: false },
    {
      command: `node static-server.mjs`,
      env: { PORT: String(subPathPort), BASE_PATH: '/some/path/' },
      url: `http://127.0.0.1:${subPathPort}/some/path/`,
      reuseExistingServer: false,
    },
  ],
});
