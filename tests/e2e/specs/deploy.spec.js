// The README's "Deploy" section is what the test servers do: the same cache
// headers for every file of dist/, served from a sub-path. The other specs
// then prove the app works under exactly those headers.
import { test, expect } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { SUB_PATH } from './helpers.js';

const repo = new URL('../../../', import.meta.url).pathname;
const dist = process.env.POCKET_CARD_DIST ?? join(repo, 'dist');

/** The README's table: each row's file patterns (globs) and its Cache-Control value. */
function deployTable() {
  const readme = readFileSync(join(repo, 'README.md'), 'utf8');
  const section = readme.split(/^## /m).find((s) => s.startsWith('Deploy\n'));
  expect(section, 'README.md has a "Deploy" section').toBeDefined();
  return section
    .split('\n')
    .map((line) => /^\| (.+) \| `([^`]+)` \|$/.exec(line))
    .filter(Boolean)
    .map(([, files, value]) => ({
      everythingElse: files.startsWith('everything else'),
      patterns: [...files.matchAll(/`([^`]+)`/g)].map(([, glob]) => new RegExp(`^${glob.replace(/[.]/g, '\\.').replace(/\*/g, '[^/]*')}$`)),
      value,
    }));
}

function filesOf(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}

test('every file of dist/ is served from a sub-path with the cache header the README gives it', async ({ request }) => {
  const rows = deployTable();
  expect(rows.filter((row) => row.everythingElse)).toHaveLength(1);
  const files = filesOf(dist);
  expect(files).toEqual(expect.arrayContaining(['index.html', 'sw.js', 'manifest.webmanifest']));
  const hashed = files.filter((file) => rows.some((row) => !row.everythingElse && row.patterns.some((p) => p.test(file))));
  expect(hashed.filter((file) => file.endsWith('.wasm'))).toHaveLength(1);
  for (const file of [...files, '']) {
    const row = rows.find((r) => !r.everythingElse && r.patterns.some((p) => p.test(file))) ?? rows.find((r) => r.everythingElse);
    const response = await request.head(SUB_PATH + file);
    expect({ file, status: response.status() }).toEqual({ file, status: 200 });
    expect({ file, cacheControl: response.headers()['cache-control'] }).toEqual({ file, cacheControl: row.value });
    if (file.endsWith('.wasm')) expect(response.headers()['content-type']).toBe('application/wasm');
  }
});

test('the page names every file by a relative address', async () => {
  const page = readFileSync(join(dist, 'index.html'), 'utf8');
  const addresses = [...page.matchAll(/\b(?:href|src)=["']?([^"' >]+)/g)].map(([, address]) => address);
  expect(addresses.length).toBeGreaterThan(5);
  expect(addresses.filter((a) => a.startsWith('/') || /^[a-z]+:/.test(a) && !a.startsWith('tel:'))).toEqual([]);
});
