// A small static server for the release build, like a plain static host:
// correct MIME types (application/wasm for streaming compilation), brotli or
// gzip for compressible files (compressed once, from start-up, as a host that
// precompresses its files would), cache headers, validators (ETag, answered
// with 304 Not Modified), and no rewrites. With BASE_PATH set the app is
// served from a sub-path only, to prove it needs no server help there.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { readFile, readdir, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';

const root = resolve(process.env.POCKET_CARD_DIST ?? new URL('../../dist', import.meta.url).pathname);
const port = Number(process.env.PORT ?? 4173);
const base = process.env.BASE_PATH ?? '/';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.ftl': 'text/plain; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};
// A slow link's pace for the `dribble` hook: small enough that pieces end
// inside every line of a page, quick enough for a test.
const DRIBBLE_BYTES = 256;
const DRIBBLE_PAUSE_MS = 20;
const compressible = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.ftl', '.json', '.webmanifest', '.svg']);

// Brotli level 11 is what a host that precompresses at deploy time serves,
// and what the bench measures (it sets BROTLI_QUALITY=11); it takes seconds
// for the wasm on a busy machine, so the end-to-end tests, which start fresh
// servers, use level 5, as hosts that compress on the fly do.
const BROTLI_QUALITY = Number(process.env.BROTLI_QUALITY ?? 5);

// Compressed bodies (promises) by encoding, path and contents, so each file
// is compressed once rather than on every request. The work runs on zlib's
// thread pool, never on the event loop, so no request waits behind another
// file's compression.
const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);
const compressed = new Map();
function compress(encoding, path, body) {
  const key = `${encoding} ${path}`;
  const hit = compressed.get(key);
  if (hit && hit.source.equals(body)) return hit.body;
  const out = encoding === 'br'
    ? brotliAsync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length } })
    : gzipAsync(body, { level: 9 });
  compressed.set(key, { source: body, body: out });
  return out;
}

// Like a host that compresses at deploy time: every file starts compressing
// as the server starts, so a test's first request does not pay for it.
async function precompress() {
  for (const name of await readdir(root, { recursive: true })) {
    const path = join(root, name);
    if (compressible.has(extname(path)) && (await stat(path)).isFile()) compress('br', path, await readFile(path));
  }
}

async function fileFor(pathname) {
  if (!pathname.startsWith(base)) return null;
  const relative = normalize(decodeURIComponent(pathname.slice(base.length))).replace(/^(\.\.[/\\])+/, '');
  let path = join(root, relative);
  if (!path.startsWith(root)) return null;
  try {
    if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
    return { path, body: await readFile(path) };
  } catch {
    return null;
  }
}

createServer(async (request, response) => {
  const url = new URL(request.url, 'http://localhost');
  // Test hook for bad signal ("lie-fi"): with this cookie the server takes
  // the request and never answers, as a network that hangs rather than fails.
  if (/(?:^|; )stall=1(?:;|$)/.test(request.headers.cookie ?? '')) return;
  const file = await fileFor(url.pathname);
  if (!file) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  const ext = extname(file.path);
  const headers = {
    'content-type': types[ext] ?? 'application/octet-stream',
    // Hashed build outputs (pocket-card-<hash>.js, pocket-card-<hash>_bg.wasm)
    // never change; the page and the locales may.
    'cache-control': /-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$/.test(file.path) ? 'public, max-age=31536000, immutable' : 'no-cache',
    'x-content-type-options': 'nosniff',
  };
  let body = file.body;
  // Test hook for the update tests: a cookie makes sw.js announce another
  // version ("next"), or one whose precache names a missing file ("broken"),
  // as a second deploy would, without rebuilding the app.
  const variant = /(?:^|; )sw-variant=(next|broken)/.exec(request.headers.cookie ?? '')?.[1];
  if (variant && url.pathname.endsWith('/sw.js')) {
    let text = body.toString('utf8').replace(/const VERSION = '([0-9a-f]+)'/, `const VERSION = '$1-${variant}'`);
    if (variant === 'broken') text = text.replace('const PRECACHE = [', "const PRECACHE = ['missing-file.js', ");
    body = Buffer.from(text);
  }
  // Weak: the same contents under either encoding.
  const etag = `W/"${createHash('sha1').update(body).digest('base64url')}"`;
  headers['etag'] = etag;
  if (request.headers['if-none-match']?.split(/\s*,\s*/).includes(etag)) {
    if (compressible.has(ext)) headers['vary'] = 'accept-encoding';
    delete headers['content-type'];
    response.writeHead(304, headers).end();
    return;
  }
  // Test hook for a slow link: with this cookie a page arrives uncompressed,
  // a few hundred bytes at a time, so the browser paints it part-parsed, as
  // a phone on weak signal does, and a test can see what moves meanwhile.
  if (ext === '.html' && /(?:^|; )dribble=1(?:;|$)/.test(request.headers.cookie ?? '')) {
    response.writeHead(200, { ...headers, 'content-length': body.length });
    for (let at = 0; at < body.length; at += DRIBBLE_BYTES) {
      // The page may be left before it has all arrived.
      if (response.destroyed) return;
      response.write(body.subarray(at, at + DRIBBLE_BYTES));
      await new Promise((resolve) => setTimeout(resolve, DRIBBLE_PAUSE_MS));
    }
    response.end();
    return;
  }
  const accepted = request.headers['accept-encoding'] ?? '';
  const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : null;
  if (compressible.has(ext) && encoding) {
    body = await compress(encoding, file.path, body);
    headers['content-encoding'] = encoding;
    headers['vary'] = 'accept-encoding';
  }
  headers['content-length'] = body.length;
  response.writeHead(200, headers).end(request.method === 'HEAD' ? undefined : body);
}).listen(port, '127.0.0.1', () => {
  console.log(`serving ${root} at http://127.0.0.1:${port}${base}`);
  precompress().catch((error) => console.error(`precompress: ${error.message}`));
});
