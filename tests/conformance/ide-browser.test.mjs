// A real browser opens the IDE: Debian's chromium, driven by playwright-core, opens /graphql as a person would,
// lands in Banana Cake Pop, runs a query and finds its result on the page. Every request the page and the IDE's
// service worker make is recorded: all must go to the test host on 127.0.0.1 (nothing from a CDN). The screenshot
// is saved as test-output/ide-browser.png.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startTestHost } from './tools/test-host.mjs';

const outputDirectory = fileURLToPath(new URL('../../test-output/', import.meta.url));
const screenshot = `${outputDirectory}ide-browser.png`;

let host;
let browser;
before(async () => {
  host = await startTestHost();
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
});
after(async () => {
  await browser?.close();
  await host?.stop();
});

test('a browser opening /graphql runs a query in Banana Cake Pop, with every request on 127.0.0.1', { timeout: 120_000 }, async () => {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const requested = [];
  context.on('request', (request) => requested.push(request.url()));
  const page = await context.newPage();

  try {
    const response = await page.goto(`${host.url}/graphql`);
    assert.equal(new URL(page.url()).pathname, '/graphql/ui/');
    assert.equal(response.status(), 200);

    // The IDE's service worker caches it for offline use and reloads the page once it takes control; once it has,
    // open the IDE again so no reload races the clicks below.
    await waitForServiceWorker(page);
    await page.goto(`${host.url}/graphql`);

    await page.getByRole('button', { name: 'Create Document' }).click();
    await page.getByText('Schema available').waitFor();
    await page.locator('.monaco-editor').first().click();
    await page.keyboard.insertText('{ hello(name: "Chromium") }');
    // The "Run ▷" lens appears once the editor has parsed the operation.
    await page.getByRole('button', { name: 'Run ▷' }).waitFor();
    await page.getByRole('button', { name: /^Run Operation/ }).click();
    await page.getByText('Hello, Chromium!').first().waitFor({ timeout: 30_000 });
  } finally {
    mkdirSync(outputDirectory, { recursive: true });
    await page.screenshot({ path: screenshot }).catch(() => {});
    await context.close();
  }

  const elsewhere = requested.filter((url) => !url.startsWith(`${host.url}/`) && !url.startsWith('data:') && !url.startsWith('blob:'));
  assert.deepEqual(elsewhere, [], 'requests outside the test host');
  assert.ok(requested.some((url) => url.endsWith('/graphql/ui/bcp-config.json')), 'the IDE read its configuration');
});

async function waitForServiceWorker(page) {
  for (let attempt = 0; attempt < 60; attempt++) {
    try {
      if (await page.evaluate(() => navigator.serviceWorker?.controller != null)) return;
    } catch {
      // the page was navigating (the service worker's reload)
    }

    await page.waitForTimeout(500);
  }

  assert.fail('the IDE\'s service worker never took control');
}
