import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { DaemonSnapshot } from '../generated/api-types.js';
import { createApp, type ControlPlaneApp } from '../src/app.js';
import { SnapshotStore } from '../src/store.js';
import { fixtureSnapshot } from './fixtures/reference.js';
import { withDeadline } from './support/deadline.js';
import { listen, type TestServer } from './support/server.js';

// Debian's chromium, installed by scripts/setup.sh; never a downloaded browser.
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const UI_DEADLINE_MS = 10_000;

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
  return snapshot;
}

describe('the dashboard in a real browser', () => {
  let browser: Browser;
  let page: Page;

  before(async () => {
    assert.ok(existsSync(CHROMIUM), `${CHROMIUM} is missing: run scripts/setup.sh (it installs Debian's chromium)`);
    browser = await withDeadline(chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS }), 30_000, 'chromium to start');
  });

  after(async () => {
    await browser?.close();
  });

  it('shows the published snapshot, updates without a reload, and recovers after a server restart', { timeout: 60_000 }, async () => {
    let store = new SnapshotStore(fixtureSnapshot(0), { epoch: 'first-epoch' });
    let app: ControlPlaneApp = createApp({ store, basePath: '/opensymphony' });
    let server: TestServer = await listen((req, res) => app(req, res));
    const port = new URL(server.url).port;
    page = await browser.newPage();
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
      store = new SnapshotStore(snapshotWith(5, 'COE-777', 'After the restart'), { epoch: 'second-epoch' });
      app = createApp({ store, basePath: '/opensymphony' });
      server = await listen((req, res) => app(req, res), Number(port));
      await page.locator('#issues tbody tr[data-issue="COE-777"]').waitFor({ timeout: UI_DEADLINE_MS });
      await page.locator('#connection', { hasText: 'Live' }).waitFor({ timeout: UI_DEADLINE_MS });
      assert.match(await page.locator('#position').innerText(), /Sequence 1 \(epoch second-e\)/);
      assert.deepEqual(pageErrors, []);
      await page.screenshot({ path: `${process.env['DASHBOARD_SCREENSHOT'] ?? '/dev/null'}`, fullPage: true }).catch(() => undefined);
    } finally {
      await page.close();
      await server.close();
    }
  });
});
