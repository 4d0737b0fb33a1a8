import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { DaemonSnapshot } from '../generated/api-types.js';
import { createApp, type ControlPlaneApp } from '../src/app.js';
import { DemoOrchestrator } from '../src/demo.js';
import { SnapshotStore } from '../src/store.js';
import { formatTimestamp } from '../src/wire.js';
import { fixtureSnapshot } from './fixtures/reference.js';
import { withDeadline } from './support/deadline.js';
import { listen, type TestServer } from './support/server.js';
import { ROOT } from './support/spec.js';

// Debian's chromium, installed by scripts/setup.sh; never a downloaded browser.
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const UI_DEADLINE_MS = 10_000;
/** Where the screenshots go (CI keeps this folder as an artefact). */
const ARTIFACTS = process.env['DASHBOARD_ARTIFACTS'] ?? join(ROOT, 'test-artifacts');
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** A snapshot the daemon made `ageMs` ago (the dashboard judges freshness by `generated_at`). */
function aged<T extends DaemonSnapshot>(snapshot: T, ageMs = 0): T {
  snapshot.generated_at = formatTimestamp(new Date(Date.now() - ageMs));
  return snapshot;
}

function snapshotWith(step: number, identifier: string, title: string): DaemonSnapshot {
  const snapshot = fixtureSnapshot(step);
  const issue = snapshot.issues[0]!;
  snapshot.issues.push({
    ...issue,
    identifier,
    title,
    runtime_state: 'retry_queued',
    last_outcome: 'failed',
    retry_count: 2,
    recent_events: [{ event_id: 'evt-9', happened_at: snapshot.generated_at, kind: 'tool_call', summary: 'ran the failing test again' }],
    modified_files: [{ path: 'src/retry.rs', change_kind: 'modified', lines_added: 12, lines_removed: 3 }],
  });
  snapshot.metrics.total_cost_micros += step * 10_000;
  return aged(snapshot);
}

/** Three issues with different states, tokens and titles, to sort and filter. */
function board(step: number, overrides: Partial<Record<string, Partial<DaemonSnapshot['issues'][number]>>> = {}): DaemonSnapshot {
  const snapshot = fixtureSnapshot(step);
  const template = snapshot.issues[0]!;
  const issue = (identifier: string, title: string, fields: Partial<DaemonSnapshot['issues'][number]>) => ({
    ...template,
    identifier,
    title,
    url: `https://tracker.example/${identifier}`,
    ...fields,
    ...overrides[identifier],
  });
  snapshot.issues = [
    issue('COE-9', 'Alpha: scheduler backoff', { runtime_state: 'running', input_tokens: 5000, output_tokens: 0, cache_read_tokens: 0 }),
    issue('COE-10', 'Beta: flaky test', { runtime_state: 'retry_queued', last_outcome: 'failed', retry_count: 1, input_tokens: 100, output_tokens: 0, cache_read_tokens: 0 }),
    issue('COE-2', 'Gamma: docs', { runtime_state: 'completed', last_outcome: 'completed', input_tokens: 900, output_tokens: 0, cache_read_tokens: 0 }),
  ];
  snapshot.metrics.total_cost_micros += step * 10_000;
  return aged(snapshot);
}

async function issueOrder(page: Page): Promise<string[]> {
  return page.locator('#issues tbody tr:not([hidden])').evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset['issue'] ?? ''));
}

async function waitForSequence(page: Page, sequence: number): Promise<void> {
  await page.locator('#position', { hasText: `Sequence ${sequence} ` }).waitFor({ timeout: UI_DEADLINE_MS });
}

describe('the dashboard in a real browser', () => {
  let browser: Browser;

  before(async () => {
    assert.ok(existsSync(CHROMIUM), `${CHROMIUM} is missing: run scripts/setup.sh (it installs Debian's chromium)`);
    browser = await withDeadline(chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS }), 30_000, 'chromium to start');
    mkdirSync(ARTIFACTS, { recursive: true });
  });

  after(async () => {
    await browser?.close();
  });

  /** Serves `store` and opens the dashboard in a fresh page; CSP reports and page errors are collected. */
  async function open(
    store: SnapshotStore,
    { viewport = DESKTOP, search = '', beforePage }: { viewport?: { width: number; height: number }; search?: string; beforePage?: () => void } = {},
  ): Promise<{ page: Page; server: TestServer; problems: string[]; close(): Promise<void> }> {
    const app = createApp({ store });
    beforePage?.();
    const server = await listen((req, res) => app(req, res));
    const page = await browser.newPage({ viewport });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    await page.goto(`${server.url}/${search}`, { timeout: UI_DEADLINE_MS });
    await waitForSequence(page, store.current().sequence);
    return {
      page,
      server,
      problems,
      async close() {
        await page.close();
        await server.close();
      },
    };
  }

  it('shows the published snapshot, updates without a reload, and recovers after a server restart', { timeout: 60_000 }, async () => {
    let store = new SnapshotStore(aged(fixtureSnapshot(0)), { epoch: 'first-epoch' });
    let app: ControlPlaneApp = createApp({ store, basePath: '/opensymphony' });
    let server: TestServer = await listen((req, res) => app(req, res));
    const port = new URL(server.url).port;
    const page = await browser.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    try {
      await page.goto(`${server.url}/opensymphony/`, { timeout: UI_DEADLINE_MS });
      await page.locator('#connection', { hasText: 'Live' }).waitFor({ timeout: UI_DEADLINE_MS });
      await page.locator('#issues tbody tr[data-issue="COE-255"]', { hasText: 'Observability and FrankenTUI' }).waitFor({ timeout: UI_DEADLINE_MS });
      assert.match(await page.locator('#position').innerText(), /Sequence 1 \(epoch first-ep\)/);
      await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));

      store.publish(snapshotWith(1, 'COE-300', 'Second snapshot arrives live'));
      const row = page.locator('#issues tbody tr[data-issue="COE-300"]');
      await row.waitFor({ timeout: UI_DEADLINE_MS });
      assert.match(await row.innerText(), /retry queued\s+failed\s+2/);
      assert.match(await page.locator('#position').innerText(), /Sequence 2/);
      assert.equal(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument), true, 'the page was not reloaded');

      await row.locator('summary').click();
      const details = await row.locator('details').innerText();
      assert.match(details, /tool_call: ran the failing test again/);
      assert.match(details, /src\/retry\.rs \(modified\) \+12 −3/);
      assert.match(await page.locator('#chart-caption').innerText(), /^2 snapshots/);
      assert.match(await page.locator('#metrics').innerText(), /Cost\s+\$0\.13/);
      assert.equal(await page.locator('#issues th[scope="col"]').count(), 9);
      assert.equal(await page.locator('#connection').getAttribute('role'), 'status');

      // The daemon restarts behind the same address: new epoch, sequence 1.
      await server.close();
      await page.locator('#connection', { hasText: 'Reconnecting' }).waitFor({ timeout: UI_DEADLINE_MS });
      assert.equal(await page.locator('#connection').getAttribute('data-state'), 'down');
      store = new SnapshotStore(snapshotWith(5, 'COE-777', 'After the restart'), { epoch: 'second-epoch' });
      app = createApp({ store, basePath: '/opensymphony' });
      server = await listen((req, res) => app(req, res), Number(port));
      await page.locator('#issues tbody tr[data-issue="COE-777"]').waitFor({ timeout: UI_DEADLINE_MS });
      await page.locator('#connection', { hasText: 'Live' }).waitFor({ timeout: UI_DEADLINE_MS });
      assert.match(await page.locator('#position').innerText(), /Sequence 1 \(epoch second-e\)/);
      await page.locator('#announcer', { hasText: 'Reconnected; The control plane restarted' }).waitFor({ timeout: UI_DEADLINE_MS });
      assert.deepEqual(pageErrors, []);
    } finally {
      await page.close();
      await server.close();
    }
  });

  it('keeps focus, text selection, an opened detail, an input and the scroll position through an update', { timeout: 30_000 }, async () => {
    const store = new SnapshotStore(board(0));
    const { page, problems, close } = await open(store, { viewport: { width: 1280, height: 400 } });
    try {
      await page.locator('#filter-text').fill('o');
      const row = page.locator('#issues tbody tr[data-issue="COE-10"]');
      await row.locator('summary').click();
      await row.locator('button.copy').focus();
      await page.evaluate(() => {
        const row = document.querySelector('#issues tbody tr[data-issue="COE-9"]') as HTMLElement & { __marker?: boolean };
        row.__marker = true;
        const range = document.createRange();
        range.selectNodeContents(row.children[1]!);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        window.scrollTo(0, 200);
      });
      const scrolled = await page.evaluate(() => window.scrollY);
      assert.ok(scrolled > 0, 'the page scrolls at this height');

      store.publish(board(1, { 'COE-10': { runtime_state: 'running', retry_count: 2, title: 'Beta: flaky test, second try' }, 'COE-9': { input_tokens: 9000 } }));
      await waitForSequence(page, 2);
      await page.locator('#issues tbody tr[data-issue="COE-10"]', { hasText: 'second try' }).waitFor({ timeout: UI_DEADLINE_MS });

      const after = await page.evaluate(() => {
        const active = document.activeElement as HTMLElement;
        const row9 = document.querySelector('#issues tbody tr[data-issue="COE-9"]') as HTMLElement & { __marker?: boolean };
        return {
          focused: `${active.tagName}.${active.className} in ${(active.closest('tr') as HTMLElement | null)?.dataset['issue']}`,
          selection: getSelection()!.toString(),
          open: (document.querySelector('#issues tbody tr[data-issue="COE-10"] details') as HTMLDetailsElement).open,
          filter: (document.getElementById('filter-text') as HTMLInputElement).value,
          scrollY: window.scrollY,
          sameRow: row9.__marker === true,
          tokens: row9.children[6]!.textContent,
        };
      });
      assert.deepEqual(after, {
        focused: 'BUTTON.copy in COE-10',
        selection: 'Alpha: scheduler backoff',
        open: true,
        filter: 'o',
        scrollY: scrolled,
        sameRow: true,
        tokens: '9,000',
      });
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });

  it('sorts by any column with aria-sort, and filters by text and by state', { timeout: 30_000 }, async () => {
    const store = new SnapshotStore(board(0));
    const { page, close } = await open(store);
    try {
      assert.deepEqual(await issueOrder(page), ['COE-2', 'COE-9', 'COE-10'], 'identifiers sort naturally by default');
      assert.equal(await page.locator('#issues th[aria-sort]').count(), 1);
      const tokens = page.locator('#issues th', { has: page.locator('button[data-sort="tokens"]') });
      await page.locator('button[data-sort="tokens"]').click();
      assert.equal(await tokens.getAttribute('aria-sort'), 'ascending');
      assert.deepEqual(await issueOrder(page), ['COE-10', 'COE-2', 'COE-9']);
      await page.locator('button[data-sort="tokens"]').click();
      assert.equal(await tokens.getAttribute('aria-sort'), 'descending');
      assert.deepEqual(await issueOrder(page), ['COE-9', 'COE-2', 'COE-10']);
      await page.locator('button[data-sort="title"]').click();
      assert.deepEqual(await issueOrder(page), ['COE-9', 'COE-10', 'COE-2']);
      assert.equal(await tokens.getAttribute('aria-sort'), null);

      // A publish keeps the chosen order.
      store.publish(board(1, { 'COE-2': { title: 'Aardvark: docs' } }));
      await waitForSequence(page, 2);
      assert.deepEqual(await issueOrder(page), ['COE-2', 'COE-9', 'COE-10']);

      await page.locator('#filter-text').fill('FLAKY');
      assert.deepEqual(await issueOrder(page), ['COE-10']);
      assert.equal(await page.locator('#issues-caption').innerText(), '1 of 3 issues shown.');
      await page.locator('#filter-text').fill('');
      await page.locator('#filter-state').selectOption('completed');
      assert.deepEqual(await issueOrder(page), ['COE-2']);
      assert.equal(await page.locator('#issues tbody tr[data-issue="COE-2"] td[data-label="Runtime state"] .badge[data-value="completed"]').innerText(), 'completed');
      const link = page.locator('#issues tbody tr[data-issue="COE-2"] th a');
      assert.equal(await link.getAttribute('href'), 'https://tracker.example/COE-2');
      const time = page.locator('#issues tbody tr[data-issue="COE-2"] time');
      assert.equal(await time.getAttribute('datetime'), store.current().snapshot.issues[2]!.last_event_at);
      assert.match((await time.getAttribute('title')) ?? '', /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC$/);
      assert.match(await time.innerText(), / ago$/);
    } finally {
      await close();
    }
  });

  it('flags data older than the threshold as Stale in words and an icon, and honours ?stale_after', { timeout: 30_000 }, async () => {
    const tenMinutes = 10 * 60_000;
    const store = new SnapshotStore(aged(fixtureSnapshot(0), tenMinutes));
    const stale = await open(store);
    try {
      const status = stale.page.locator('#connection');
      await status.filter({ hasText: 'Stale' }).waitFor({ timeout: UI_DEADLINE_MS });
      assert.equal(await status.getAttribute('data-state'), 'stale');
      assert.doesNotMatch(await status.innerText(), /Live/);
      assert.equal(await status.evaluate((node) => getComputedStyle(node, '::before').content), '"⚠" / ""');
      assert.match(await stale.page.locator('#freshness').innerText(), /^Data updated 10 min ago/);

      store.publish(aged(fixtureSnapshot(1)));
      await status.filter({ hasText: 'Live' }).waitFor({ timeout: UI_DEADLINE_MS });
      assert.match(await stale.page.locator('#freshness').innerText(), /^Data updated \d s ago/);
    } finally {
      await stale.close();
    }
    const lenient = await open(new SnapshotStore(aged(fixtureSnapshot(0), tenMinutes)), { search: '?stale_after=900' });
    try {
      await lenient.page.locator('#connection', { hasText: 'Live' }).waitFor({ timeout: UI_DEADLINE_MS });
    } finally {
      await lenient.close();
    }
  });

  it('draws history published before the page opened, then follows the stream', { timeout: 30_000 }, async () => {
    const store = new SnapshotStore(board(0));
    const { page, close } = await open(store, {
      beforePage: () => {
        for (let step = 1; step <= 4; step += 1) store.publish(board(step));
      },
    });
    try {
      assert.equal(await page.locator('#tokens-chart').getAttribute('data-points'), '5');
      assert.match(await page.locator('#chart-caption').innerText(), /^5 snapshots .* cost from \$0\.12 to \$0\.16\.$/);
      assert.equal(await page.locator('#cost-chart polyline').count(), 1);
      assert.match((await page.locator('#cost-chart').textContent()) ?? '', /\$0\.16.*Time published \(UTC\)/);
      store.publish(board(5));
      await waitForSequence(page, 6);
      assert.equal(await page.locator('#cost-chart').getAttribute('data-points'), '6');
    } finally {
      await close();
    }
  });

  it('tells screen readers a short summary of what changed', { timeout: 30_000 }, async () => {
    const store = new SnapshotStore(board(0));
    const { page, close } = await open(store);
    try {
      const announcer = page.locator('#announcer');
      assert.equal(await announcer.getAttribute('aria-live'), 'polite');
      assert.equal(await announcer.innerText(), '');
      store.publish(board(1, { 'COE-9': { runtime_state: 'completed' }, 'COE-10': { runtime_state: 'running' } }));
      await announcer.filter({ hasText: 'changed state' }).waitFor({ timeout: UI_DEADLINE_MS });
      assert.equal(await announcer.innerText(), '2 issues changed state; cost $0.13.');
    } finally {
      await close();
    }
  });

  it('has no page-wide horizontal scroll at 390×844 and shows issues as cards', { timeout: 30_000 }, async () => {
    const store = new SnapshotStore(board(0));
    const { page, close } = await open(store, { viewport: PHONE });
    try {
      await page.locator('#issues tbody tr[data-issue="COE-10"] summary').click();
      const layout = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        width: window.innerWidth,
        row: getComputedStyle(document.querySelector('#issues tbody tr')!).display,
      }));
      assert.ok(layout.scrollWidth <= layout.width, `the page is ${layout.scrollWidth} px wide in a ${layout.width} px window`);
      assert.equal(layout.row, 'block');
    } finally {
      await close();
    }
  });

  for (const [name, viewport] of [['1280', DESKTOP], ['390', PHONE]] as const) {
    it(`has no serious or critical axe-core violations at ${viewport.width}×${viewport.height}, and keeps a screenshot`, { timeout: 60_000 }, async () => {
      const start = new Date(Date.now() - 5 * 60_000);
      const demo = new DemoOrchestrator(7, start);
      let now = start;
      const store = new SnapshotStore(demo.snapshot(start), { clock: () => now });
      const { page, problems, close } = await open(store, {
        viewport,
        beforePage: () => {
          for (let tick = 1; tick <= 40; tick += 1) {
            now = new Date(start.getTime() + tick * 7_000);
            store.publish(demo.step(now));
          }
        },
      });
      try {
        await page.locator('#issues tbody tr summary').first().click();
        // Evaluated through the debugging protocol, so the page's CSP stays as strict as served.
        await page.evaluate(AXE_SOURCE);
        const violations = await page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
          const result = await axe.run();
          return result.violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, targets: nodes.map((node) => node.target.join(' ')).slice(0, 5) }));
        });
        const blocking = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
        assert.deepEqual(blocking, [], JSON.stringify(blocking, null, 2));
        assert.deepEqual(problems, [], 'no page errors and no CSP reports');
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({ path: join(ARTIFACTS, `dashboard-${name}.png`), fullPage: name === '1280' });
      } finally {
        await close();
      }
    });
  }
});
