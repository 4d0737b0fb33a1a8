import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpsRequest, createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Parser } from '@asyncapi/parser';
import { chromium, type Browser } from 'playwright-core';
import { parse as parseYaml } from 'yaml';
import { SERVED_ROUTES } from '../generated/served/routes.js';
import { createApp, type AppOptions } from '../src/app.js';
import { SnapshotStore } from '../src/store.js';
import { fixtureSnapshot } from './fixtures/reference.js';
import { withDeadline } from './support/deadline.js';
import { listen, type TestServer } from './support/server.js';
import { ROOT } from './support/spec.js';

type Json = Record<string, unknown>;

const REQUEST_DEADLINE_MS = 5000;
const LINT_DEADLINE_MS = 30_000;
// Debian's chromium, installed by scripts/setup.sh; never a downloaded browser.
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const UI_DEADLINE_MS = 20_000;
const READ_TOKEN = 'read-secret';

async function serve(options: Partial<AppOptions> = {}): Promise<TestServer> {
  const app = createApp({ store: new SnapshotStore(fixtureSnapshot(0)), ...options });
  return listen((req, res) => app(req, res));
}

async function get(url: string, init: RequestInit = {}): Promise<{ response: Response; text: string }> {
  const response = await withDeadline(fetch(url, init), REQUEST_DEADLINE_MS, `GET ${url}`);
  return { response, text: await withDeadline(response.text(), REQUEST_DEADLINE_MS, `body of ${url}`) };
}

/** Whether React has mounted (or hydrated) into the element matching `selector`: the page's scripts ran. */
function reactMounted(selector: string): boolean {
  const root = document.querySelector(selector);
  return root !== null && Object.keys(root).some((key) => key.startsWith('__reactContainer'));
}

/** Every `$ref` in a document. */
function refsOf(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((item) => refsOf(item, found));
  else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') found.push(value);
      else refsOf(value, found);
    }
  }
  return found;
}

/** `npm run lint:spec`'s Redocly lint, on a served document. */
function redoclyLint(text: string, name: string): { clean: boolean; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'served-contract-'));
  try {
    const file = join(dir, name);
    writeFileSync(file, text);
    const result = spawnSync(
      process.execPath,
      [join(ROOT, 'node_modules', '@redocly', 'cli', 'bin', 'cli.js'), 'lint', '--config', join(ROOT, 'redocly.yaml'), '--max-problems', '100', file],
      { cwd: ROOT, encoding: 'utf8', timeout: LINT_DEADLINE_MS, env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' } },
    );
    // Without the boxed notice about Node versions, as lint:spec reads it.
    const output = `${result.stdout}${result.stderr}`.split('\n').filter((line) => !/[║╔╚]/.test(line)).join('\n');
    return { clean: result.status === 0 && !/warning/i.test(output), output };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the served contract', () => {
  it('answers every route with 200, its content type, no-cache, an ETag and nosniff; HEAD with the same headers and no body', async () => {
    const server = await serve();
    try {
      assert.deepEqual(Object.keys(SERVED_ROUTES).sort(), ['/asyncapi.json', '/asyncapi.yaml', '/docs', '/docs/asyncapi', '/docs/openapi', '/openapi.json', '/openapi.yaml']);
      for (const [path, route] of Object.entries(SERVED_ROUTES)) {
        const { response, text } = await get(`${server.url}${path}`);
        assert.equal(response.status, 200, path);
        assert.equal(response.headers.get('content-type'), `${route.mediaType}; charset=utf-8`, path);
        assert.equal(response.headers.get('cache-control'), 'no-cache', path);
        assert.equal(response.headers.get('x-content-type-options'), 'nosniff', path);
        assert.match(response.headers.get('etag') ?? '', /^"[A-Za-z0-9_-]{43}"$/, path);
        assert.equal(Number(response.headers.get('content-length')), Buffer.byteLength(text), path);
        assert.match(response.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/, path);

        const head = await withDeadline(fetch(`${server.url}${path}`, { method: 'HEAD' }), REQUEST_DEADLINE_MS, `HEAD ${path}`);
        assert.equal(head.status, 200, path);
        assert.equal(head.headers.get('etag'), response.headers.get('etag'), path);
        assert.equal(head.headers.get('content-length'), response.headers.get('content-length'), path);
        assert.equal((await head.arrayBuffer()).byteLength, 0, path);
      }
    } finally {
      await server.close();
    }
  });

  it('answers 304 to a matching If-None-Match and 405 with Allow to other methods', async () => {
    const server = await serve();
    try {
      const first = await get(`${server.url}/openapi.yaml`);
      const etag = first.response.headers.get('etag')!;
      const again = await withDeadline(fetch(`${server.url}/openapi.yaml`, { headers: { 'If-None-Match': `W/${etag}, "other"` } }), REQUEST_DEADLINE_MS, 'revalidation');
      assert.equal(again.status, 304);
      assert.equal(again.headers.get('etag'), etag);
      const put = await get(`${server.url}/docs`, { method: 'PUT', body: '{}', headers: { 'content-type': 'application/json' } });
      assert.equal(put.response.status, 405);
      assert.equal(put.response.headers.get('allow'), 'GET, HEAD');
      assert.equal((JSON.parse(put.text) as { error: { code: string } }).error.code, 'method_not_allowed');
    } finally {
      await server.close();
    }
  });

  it('serves an OpenAPI document that is self-contained, lints clean, and names this instance under its base path as its only server', { timeout: 60_000 }, async () => {
    const server = await serve({ basePath: '/opensymphony' });
    try {
      const yaml = await get(`${server.url}/opensymphony/openapi.yaml`);
      const json = await get(`${server.url}/opensymphony/openapi.json`);
      const document = parseYaml(yaml.text) as Json;
      assert.deepEqual(JSON.parse(json.text), document, 'the JSON and the YAML document are the same');
      assert.deepEqual(document['servers'], [{ url: `${server.url}/opensymphony`, description: 'This control plane: the instance that served this document.' }]);
      const refs = refsOf(document);
      assert.ok(refs.length > 20);
      assert.deepEqual(refs.filter((ref) => !ref.startsWith('#/')), [], 'every $ref points inside the document');
      const schemas = (document['components'] as Json)['schemas'] as Json;
      for (const ref of refs.filter((ref) => ref.startsWith('#/components/schemas/'))) assert.ok(ref.slice(21) in schemas, `${ref} resolves`);
      const lint = redoclyLint(yaml.text, 'openapi.yaml');
      assert.ok(lint.clean, lint.output);
    } finally {
      await server.close();
    }
  });

  it('serves an AsyncAPI document that @asyncapi/parser validates, with this instance as its only server', { timeout: 30_000 }, async () => {
    for (const basePath of ['', '/opensymphony']) {
      const server = await serve({ basePath });
      try {
        const yaml = await get(`${server.url}${basePath}/asyncapi.yaml`);
        const json = await get(`${server.url}${basePath}/asyncapi.json`);
        assert.deepEqual(JSON.parse(json.text), parseYaml(yaml.text));
        assert.deepEqual(refsOf(parseYaml(yaml.text)).filter((ref) => !ref.startsWith('#/')), []);
        for (const text of [yaml.text, json.text]) {
          const { document, diagnostics } = await withDeadline(new Parser().parse(text), LINT_DEADLINE_MS, 'the AsyncAPI parser');
          assert.deepEqual(diagnostics.filter((diagnostic) => diagnostic.severity <= 1), [], basePath);
          assert.ok(document, basePath);
          const servers = document.servers().all();
          assert.equal(servers.length, 1);
          const [instance] = servers;
          assert.equal(instance!.protocol(), 'http');
          assert.equal(instance!.host(), new URL(server.url).host);
          assert.equal(instance!.hasPathname() ? instance!.pathname() : '', basePath);
          assert.equal(instance!.url().replace(/\/$/, ''), `${server.url}${basePath}`);
          assert.equal(document.channels().get('events')?.address(), '/api/v1/events');
        }
      } finally {
        await server.close();
      }
    }
  });

  it('takes the scheme from the socket: over TLS the documents name an https URL', { timeout: 30_000 }, async (t) => {
    const dir = mkdtempSync(join(tmpdir(), 'served-contract-tls-'));
    try {
      execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1', '-subj', '/CN=localhost', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore', timeout: 10_000 });
      const app = createApp({ store: new SnapshotStore(fixtureSnapshot(0)) });
      const server = createHttpsServer({ key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) }, (req, res) => app(req, res));
      await withDeadline(new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve)), 2000, 'listen over TLS');
      t.after(() => server.close());
      const port = (server.address() as AddressInfo).port;
      const body = await withDeadline(
        new Promise<string>((resolve, reject) => {
          httpsRequest({ host: '127.0.0.1', port, path: '/openapi.json', rejectUnauthorized: false }, (res) => {
            let text = '';
            res.setEncoding('utf8');
            res.on('data', (chunk: string) => (text += chunk));
            res.on('end', () => resolve(text));
          })
            .on('error', reject)
            .end();
        }),
        REQUEST_DEADLINE_MS,
        'GET over TLS',
      );
      assert.equal(((JSON.parse(body) as { servers: Array<{ url: string }> }).servers[0]!).url, `https://127.0.0.1:${port}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is guarded by the read token like the snapshot, and the /docs index carries a query token on to its links', async () => {
    const server = await serve({ readToken: READ_TOKEN, basePath: '/opensymphony' });
    try {
      for (const path of Object.keys(SERVED_ROUTES)) {
        const denied = await get(`${server.url}/opensymphony${path}`);
        assert.equal(denied.response.status, 401, path);
        assert.equal(denied.response.headers.get('www-authenticate')?.startsWith('Bearer'), true, path);
        const allowed = await get(`${server.url}/opensymphony${path}`, { headers: { Authorization: `Bearer ${READ_TOKEN}` } });
        assert.equal(allowed.response.status, 200, path);
      }
      const index = await get(`${server.url}/opensymphony/docs?access_token=${READ_TOKEN}`);
      assert.equal(index.response.status, 200);
      assert.equal(index.response.headers.get('referrer-policy'), 'no-referrer');
      const links = [...index.text.matchAll(/href="([^"]+)"/g)].map((match) => match[1]);
      assert.deepEqual(links, [
        `/opensymphony/docs/openapi?access_token=${READ_TOKEN}`,
        `/opensymphony/openapi.yaml?access_token=${READ_TOKEN}`,
        `/opensymphony/openapi.json?access_token=${READ_TOKEN}`,
        `/opensymphony/docs/asyncapi?access_token=${READ_TOKEN}`,
        `/opensymphony/asyncapi.yaml?access_token=${READ_TOKEN}`,
        `/opensymphony/asyncapi.json?access_token=${READ_TOKEN}`,
      ]);
    } finally {
      await server.close();
    }
  });
});

describe('the /docs pages in a real browser', () => {
  let browser: Browser;

  before(async () => {
    assert.ok(existsSync(CHROMIUM), `${CHROMIUM} is missing: run scripts/setup.sh (it installs Debian's chromium)`);
    browser = await withDeadline(chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS }), 30_000, 'chromium to start');
  });

  after(async () => {
    await browser?.close();
  });

  it('render both references from the index with no CSP violation, no script error and no request leaving the server', { timeout: 120_000 }, async () => {
    const server = await serve({ readToken: READ_TOKEN, basePath: '/opensymphony' });
    const page = await browser.newPage();
    const violations: string[] = [];
    const errors: string[] = [];
    const foreign: string[] = [];
    page.on('console', (message) => {
      if (/Content.Security.Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(`${server.url}/`) && !/^(data|blob|about):/.test(url)) foreign.push(url);
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        // eslint-disable-next-line no-console -- runs in the page; playwright's console events carry it out
        console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    try {
      await page.goto(`${server.url}/opensymphony/docs?access_token=${READ_TOKEN}`, { timeout: UI_DEADLINE_MS });
      await page.getByRole('heading', { level: 1 }).waitFor({ timeout: UI_DEADLINE_MS });

      await page.getByRole('link', { name: 'HTTP API' }).click();
      await page.waitForURL(`${server.url}/opensymphony/docs/openapi?access_token=${READ_TOKEN}`, { timeout: UI_DEADLINE_MS });
      // Redoc hydrates the prerendered page: its script ran when the operations answer clicks.
      await page.getByText('Read the current snapshot').first().waitFor({ timeout: UI_DEADLINE_MS });
      await page.waitForFunction(reactMounted, '#redoc', { timeout: UI_DEADLINE_MS });

      await page.goBack({ timeout: UI_DEADLINE_MS });
      await page.getByRole('link', { name: 'Event stream' }).click();
      await page.waitForURL(`${server.url}/opensymphony/docs/asyncapi?access_token=${READ_TOKEN}`, { timeout: UI_DEADLINE_MS });
      // Served as its server-side rendering alone: the whole document, nested fields included, no script.
      await page.getByRole('heading', { name: 'Servers' }).waitFor({ timeout: UI_DEADLINE_MS });
      await page.getByText('workspace_root').first().waitFor({ timeout: UI_DEADLINE_MS });
      assert.equal(await page.evaluate(() => document.scripts.length), 0);

      assert.deepEqual(violations, []);
      assert.deepEqual(errors, []);
      assert.deepEqual(foreign, []);
    } finally {
      await page.close();
      await server.close();
    }
  });
});
