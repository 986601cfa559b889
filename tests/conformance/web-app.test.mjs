// A real browser app on another origin: Debian's chromium (through playwright-core) opens a page served from a
// second loopback origin that uses urql (@urql/core and @urql/exchange-persisted, from npm, pinned here) against the
// built service in Production: the README's first query (GET, as urql sends short queries) and a trusted document
// over GET by its hash alone, both with an API key, shown on the page; both answers carry Cache-Control. The same
// page from an origin the service does not allow fails in the browser with a CORS error. Screenshots:
// test-output/web-app.png and test-output/web-app-refused.png.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gql, stringifyDocument } from '@urql/core';
import { chromium } from 'playwright-core';
import { startProfileGraph } from './tools/profile-graph.mjs';

const outputDirectory = fileURLToPath(new URL('../../test-output/', import.meta.url));
const appDirectory = fileURLToPath(new URL('./web-app/', import.meta.url));
const modules = fileURLToPath(new URL('./node_modules/', import.meta.url));
const apiKey = 'pg_test_webapp_0f1e2d3c4b5a69788796a5b4c3d2e1f0';
const readmeQuery = `{ telegramUsers(first: 5, where: { firstName: { startsWith: "a" } }, order: [{ lastName: ASC }]) {
    totalCount edges { cursor node { id displayName username } } pageInfo { hasNextPage endCursor } } }`;
const persistedQuery = 'query TelegramPage($first: Int!) { telegramUsers(first: $first) { totalCount nodes { displayName username } } }';

let manifestDirectory;
let app;
let other;
let profile;
let browser;
before(async () => {
  // The trusted document as urql sends it (its printed form), keyed by the SHA-256 urql computes of it.
  const printed = stringifyDocument(gql(persistedQuery));
  manifestDirectory = mkdtempSync(join(tmpdir(), 'profilegraph-web-app-'));
  writeFileSync(join(manifestDirectory, 'web.json'), JSON.stringify({ [createHash('sha256').update(printed).digest('hex')]: printed }));

  app = await serveApp();
  other = await serveApp();
  profile = await startProfileGraph({
    'Clients:web:KeySha256': createHash('sha256').update(apiKey).digest('hex'),
    'GraphQL:TrustedDocumentsPath': manifestDirectory,
    'Cors:AllowedOrigins:0': app.origin,
  });
  app.endpoint = profile.endpoint;
  other.endpoint = profile.endpoint;
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
});
after(async () => {
  await browser?.close();
  await profile?.stop();
  await app?.close();
  await other?.close();
  if (manifestDirectory) rmSync(manifestDirectory, { recursive: true, force: true });
});

test('a page on an allowed origin runs the README query and a persisted GET query with an API key', { timeout: 120_000 }, async () => {
  const { page, context, console, responses } = await open(app);
  try {
    await page.waitForSelector('body[data-state]', { timeout: 60_000 });
    assert.equal(await page.getAttribute('body', 'data-state'), 'done', await page.textContent('#status'));
    assert.equal(await page.locator('#readme li').count(), 5);
    assert.equal(await page.locator('#persisted li').count(), 3);
    assert.match(await page.textContent('#readme-total'), /^\d+ users in all$/);
  } finally {
    await screenshot(page, 'web-app.png');
    await context.close();
  }

  // urql sends queries as GET while the URL is short enough: both are cacheable URLs, the persisted one by its hash alone.
  const graphql = responses.filter((response) => response.url().startsWith(profile.endpoint) && response.request().method() === 'GET');
  const readme = graphql.find((response) => new URL(response.url()).searchParams.has('query'));
  const hashed = graphql.find((response) => new URL(response.url()).searchParams.has('extensions'));
  assert.ok(readme && hashed, graphql.map((response) => response.url()).join('\n'));
  assert.equal(new URL(hashed.url()).searchParams.get('query'), null);
  assert.match(new URL(hashed.url()).searchParams.get('extensions'), /"sha256Hash":"[0-9a-f]{64}"/);
  for (const response of [readme, hashed]) {
    assert.equal(response.status(), 200);
    assert.equal(response.headers()['access-control-allow-origin'], app.origin);
    assert.equal(response.headers()['cache-control'], 'public, max-age=300');
  }
  assert.deepEqual(console.filter((message) => message.type() === 'error').map((message) => message.text()), []);
});

test('the same page on an origin the service does not allow fails in the browser with a CORS error', { timeout: 120_000 }, async () => {
  const { page, context, console } = await open(other);
  try {
    await page.waitForSelector('body[data-state]', { timeout: 60_000 });
    assert.equal(await page.getAttribute('body', 'data-state'), 'error');
    assert.equal(await page.locator('#readme li').count(), 0);
  } finally {
    await screenshot(page, 'web-app-refused.png');
    await context.close();
  }

  const errors = console.filter((message) => message.type() === 'error').map((message) => message.text());
  assert.ok(errors.some((text) => text.includes(`from origin '${other.origin}' has been blocked by CORS policy`)), errors.join('\n'));
});

async function open(server) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 700 } });
  const page = await context.newPage();
  const console = [];
  const responses = [];
  page.on('console', (message) => console.push(message));
  page.on('response', (response) => responses.push(response));
  await page.goto(`${server.origin}/`);
  return { page, context, console, responses };
}

async function screenshot(page, name) {
  mkdirSync(outputDirectory, { recursive: true });
  await page.screenshot({ path: join(outputDirectory, name) }).catch(() => {});
}

/** Serves web-app/ and urql's ES modules from node_modules on a loopback origin of its own. */
async function serveApp() {
  const state = {};
  const types = { '.html': 'text/html', '.mjs': 'text/javascript', '.json': 'application/json' };
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://localhost').pathname;
    let file;
    let body;
    if (path === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }

    if (path === '/config.json') {
      body = JSON.stringify({ endpoint: state.endpoint, apiKey, readmeQuery, persistedQuery });
    } else if (path.startsWith('/vendor/') && !path.includes('..')) {
      file = join(modules, path.slice('/vendor/'.length));
    } else if (path === '/' || path === '/app.mjs') {
      file = join(appDirectory, path === '/' ? 'index.html' : 'app.mjs');
    }

    try {
      body ??= readFileSync(file);
    } catch {
      response.writeHead(404).end();
      return;
    }

    const extension = /\.[a-z]+$/.exec(path)?.[0] ?? (path === '/' ? '.html' : '.json');
    response.writeHead(200, { 'content-type': `${types[extension] ?? 'application/octet-stream'}; charset=utf-8` }).end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return Object.assign(state, {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
    set endpoint(value) { state._endpoint = value; },
    get endpoint() { return state._endpoint; },
  });
}
