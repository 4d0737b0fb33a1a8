import assert from 'node:assert/strict';
import { execFile, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, describe, it } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import { promisify } from 'node:util';
import type { DaemonSnapshot, IssueRuntimeState } from '../generated/api-types.js';
import { displayWidth, lineWidth, printable, truncate } from '../src/cli/terminal-text.js';
import { applyKeys, splitKeys, type KeyState } from '../src/cli/watch-keys.js';
import { renderLines, selectIssues, type WatchView } from '../src/cli/watch-view.js';
import { ControlPlaneClient } from '../src/client.js';
import { fixtureEnvelope, fixtureSnapshot, fixtureTime } from './fixtures/reference.js';
import { runCli, spawnCli, startServe, type ServeProcess } from './support/cli.js';
import { withDeadline } from './support/deadline.js';
import { rawServer } from './support/raw-server.js';
import { ROOT } from './support/spec.js';

const TOKEN = 'watch-test-token';
const BIN = join(ROOT, 'bin', 'opensymphony-control.js');
const ISSUE_COUNT = 40;
const RUNTIME_STATES: IssueRuntimeState[] = ['running', 'retry_queued', 'idle', 'completed', 'failed', 'releasing'];
const ESC = '\u001b';

/** The reference fixture with 40 issues: long titles, every runtime state, different token counts and times. */
function fortyIssues(step: number): DaemonSnapshot {
  const base = fixtureSnapshot(step);
  const template = base.issues[0]!;
  return {
    ...base,
    issues: Array.from({ length: ISSUE_COUNT }, (_, index) => ({
      ...template,
      identifier: `COE-${index + 1}`,
      title: `Issue ${index + 1}: a title long enough that no eighty-column terminal can show all of it`,
      runtime_state: RUNTIME_STATES[index % RUNTIME_STATES.length]!,
      input_tokens: ((index + 1) * 7919) % 100_000,
      last_event_at: fixtureTime(index),
      blocked: index % 5 === 0,
    })),
  };
}

function view(overrides: Partial<WatchView> = {}): WatchView {
  const envelope = { ...fixtureEnvelope(7), snapshot: fortyIssues(7) };
  return { url: 'http://127.0.0.1:2468', connection: { state: 'live' }, envelope, sort: 'identifier', filter: '', ...overrides };
}

const servers: ServeProcess[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.stop('SIGKILL').catch(() => undefined);
});

async function serve(args: string[] = [], env: Record<string, string> = {}): Promise<ServeProcess> {
  const server = await startServe(args, env);
  servers.push(server);
  return server;
}

/** A server holding the 40-issue snapshot, published through PUT with the publish token. */
async function serveFortyIssues(): Promise<{ server: ServeProcess; publish: (step: number) => Promise<number> }> {
  const server = await serve(['--publish-token', TOKEN]);
  const client = new ControlPlaneClient(server.url);
  const publish = async (step: number) => (await withDeadline(client.publishSnapshot(fortyIssues(step), TOKEN), 5000, 'publish')).sequence;
  await publish(1);
  return { server, publish };
}

/** A port nothing listens on (it was free a moment ago). */
async function freePort(): Promise<number> {
  const probe = createServer();
  await withDeadline(new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve)), 2000, 'probe listen');
  const { port } = probe.address() as AddressInfo;
  await withDeadline(new Promise<void>((resolve) => probe.close(() => resolve())), 2000, 'probe close');
  return port;
}

function quote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** Everything a child wrote so far, and a way to wait until it wrote something. */
function collect(child: ChildProcessWithoutNullStreams) {
  const output = { stdout: '', stderr: '' };
  const waiters = new Set<() => void>();
  const wake = () => {
    for (const waiter of [...waiters]) waiter();
  };
  child.stdout.on('data', (chunk: Buffer) => ((output.stdout += chunk.toString()), wake()));
  child.stderr.on('data', (chunk: Buffer) => ((output.stderr += chunk.toString()), wake()));
  const until = (test: () => boolean, what: string, ms = 15_000) =>
    withDeadline(
      new Promise<void>((resolve) => {
        const check = () => {
          if (!test()) return;
          waiters.delete(check);
          resolve();
        };
        waiters.add(check);
        check();
      }),
      ms,
      what,
    );
  const exited = new Promise<number | null>((resolve) => child.once('close', resolve));
  return { output, until, exited };
}

const execFileAsync = promisify(execFile);
/** How often a test looks at the pane: tmux has no "the screen changed" notice short of control mode. */
const SCREEN_POLL_MS = 50;

/** A tmux server of its own (its own socket in a temporary directory, no config) driving `watch` in a pseudo-terminal. */
class Terminal {
  readonly dir = mkdtempSync(join(tmpdir(), 'opensymphony-watch-'));
  readonly socket = join(this.dir, 'tmux.sock');

  async tmux(...args: string[]): Promise<string> {
    const { stdout } = await execFileAsync('tmux', ['-S', this.socket, '-f', '/dev/null', ...args], { timeout: 5000 });
    return stdout;
  }

  /** Starts `watch args…` in session `name` of `width`×`height`; after it exits, the pane says "watch exited N". */
  async start(name: string, args: string[], size: { width: number; height: number }, env: Record<string, string> = {}): Promise<void> {
    const command = `${[process.execPath, BIN, 'watch', ...args].map(quote).join(' ')}; echo "watch exited $?"; exec sleep 600`;
    const environment = Object.entries(env).flatMap(([key, value]) => ['-e', `${key}=${value}`]);
    await this.tmux('new-session', '-d', '-s', name, '-x', String(size.width), '-y', String(size.height), ...environment, command);
  }

  /** The pane's lines (trailing blank lines dropped); with `escapes`, its colours as SGR sequences too. */
  async capture(name: string, escapes = false): Promise<string[]> {
    const lines = (await this.tmux('capture-pane', '-p', ...(escapes ? ['-e'] : []), '-t', name)).split('\n');
    while (lines.length > 0 && lines.at(-1)!.trim() === '') lines.pop();
    return lines;
  }

  async until(name: string, predicate: (lines: string[]) => boolean, what: string, ms = 10_000): Promise<string[]> {
    let last: string[] = [];
    const poll = async () => {
      for (;;) {
        last = await this.capture(name);
        if (predicate(last)) return last;
        await delay(SCREEN_POLL_MS);
      }
    };
    return withDeadline(poll(), ms, what).catch((error: unknown) => {
      throw new Error(`${(error as Error).message}; the screen was:\n${last.join('\n')}`);
    });
  }

  async keys(name: string, ...keys: string[]): Promise<void> {
    await this.tmux('send-keys', '-t', name, ...keys);
  }

  async format(name: string, format: string): Promise<string> {
    return (await this.tmux('display-message', '-p', '-t', name, format)).trim();
  }

  async close(): Promise<void> {
    await this.tmux('kill-server').catch(() => undefined);
    rmSync(this.dir, { recursive: true, force: true });
  }
}

const ISSUE_ROW = /^COE-\d+ /;
const MORE = /^\+(\d+) more/;

function issueRows(lines: string[]): string[] {
  return lines.filter((line) => ISSUE_ROW.test(line));
}

function moreCount(lines: string[]): number | undefined {
  const line = lines.find((candidate) => MORE.test(candidate));
  return line === undefined ? undefined : Number(MORE.exec(line)![1]);
}

describe('watch frame', () => {
  it('never has more lines than the terminal has rows nor lines wider than it, and keeps the header first', () => {
    for (const width of [20, 40, 60, 80, 100, 120, 200]) {
      for (const height of [8, 12, 24, 40, 60]) {
        const lines = renderLines(view({ keys: true }), { width, height });
        assert.ok(lines.length <= height, `${lines.length} lines at ${width}×${height}`);
        for (const line of lines) assert.ok(lineWidth(line) <= width, `a line of ${lineWidth(line)} columns at ${width}×${height}`);
        const text = lines.map((line) => line.map((segment) => segment.text).join(''));
        assert.match(text[0]!, /^opensymphony-contro/);
        const rows = issueRows(text).length;
        if (rows < ISSUE_COUNT) assert.equal(moreCount(text), ISSUE_COUNT - rows, `+N more at ${width}×${height}`);
      }
    }
  });

  it('shows every issue and the recent events when there is no height to fit', () => {
    const text = renderLines(view(), { width: 120 }).map((line) => line.map((segment) => segment.text).join(''));
    assert.equal(issueRows(text).length, ISSUE_COUNT);
    assert.equal(moreCount(text), undefined);
    assert.ok(text.includes('RECENT EVENTS'));
  });

  it('drops the least useful columns as the terminal narrows and gives the title what is left', () => {
    const columns = (width: number) => renderLines(view(), { width, height: 30 })[5]!.map((segment) => segment.text).join('').split(/\s+/).filter(Boolean);
    assert.deepEqual(columns(140), ['ISSUE', 'TITLE', 'RUNTIME', 'TRACKER', 'OUTCOME', 'RETRIES', 'BLOCKED', 'TOKENS']);
    assert.deepEqual(columns(80), ['ISSUE', 'TITLE', 'RUNTIME', 'TRACKER', 'OUTCOME', 'RETRIES', 'TOKENS']);
    assert.deepEqual(columns(40), ['ISSUE', 'TITLE', 'RUNTIME']);
  });

  it('filters by identifier, title or state and sorts by identifier, runtime state, tokens or last event', () => {
    const issues = fortyIssues(1).issues;
    assert.deepEqual(
      selectIssues(issues, 'coe-3', 'identifier').map((issue) => issue.identifier),
      ['COE-3', 'COE-30', 'COE-31', 'COE-32', 'COE-33', 'COE-34', 'COE-35', 'COE-36', 'COE-37', 'COE-38', 'COE-39'],
    );
    assert.equal(selectIssues(issues, 'RETRY QUEUED', 'identifier').length, 7);
    assert.equal(selectIssues(issues, 'Issue 12:', 'identifier')[0]!.identifier, 'COE-12');
    assert.deepEqual(selectIssues(issues, '', 'identifier').slice(0, 3).map((issue) => issue.identifier), ['COE-1', 'COE-2', 'COE-3']);
    assert.equal(selectIssues(issues, '', 'runtime')[0]!.runtime_state, 'running');
    assert.equal(selectIssues(issues, '', 'runtime').at(-1)!.runtime_state, 'completed');
    const byTokens = selectIssues(issues, '', 'tokens').map((issue) => issue.input_tokens ?? 0);
    assert.deepEqual(byTokens, [...byTokens].sort((a, b) => b - a));
    assert.equal(selectIssues(issues, '', 'last_event')[0]!.identifier, 'COE-40');
  });

  it('prints text from the server without its control characters', () => {
    const envelope = view().envelope!;
    const hostile = { ...envelope, snapshot: { ...envelope.snapshot, issues: [{ ...envelope.snapshot.issues[0]!, title: `evil${ESC}[2J${ESC}]0;pwned\u0007\nnext` }] } };
    const text = renderLines(view({ envelope: hostile }), { width: 200, height: 40 })
      .flat()
      .map((segment) => segment.text)
      .join('');
    assert.ok(!text.includes(ESC) && !text.includes('\u0007') && !text.includes('\n'));
    assert.match(text, /evil\?\[2J\?\]0;pwned\? next/);
    assert.equal(printable('a\tb\u009bc\u202ed'), 'a b?c?d');
  });

  it('measures wide characters as two columns and cuts with an ellipsis', () => {
    assert.equal(displayWidth('漢字ab'), 6);
    assert.equal(displayWidth('e\u0301'), 1);
    assert.equal(truncate('漢字漢字', 5), '漢字…');
    assert.equal(truncate('abcdef', 4), 'abc…');
    assert.equal(truncate('abc', 3), 'abc');
  });
});

describe('watch keys', () => {
  const start: KeyState = { sort: 'identifier', filter: '', editing: undefined };

  it('cycles the sort with s and quits with q or Ctrl-C', () => {
    assert.equal(applyKeys(start, 's').state.sort, 'runtime');
    assert.equal(applyKeys(start, 'ssss').state.sort, 'identifier');
    assert.equal(applyKeys(start, 'q').quit, true);
    assert.equal(applyKeys(start, '\u0003').quit, true);
    assert.equal(applyKeys(start, 'x').quit, false);
  });

  it('types a filter after /, applies it with Enter and drops it with Esc', () => {
    const typed = applyKeys(start, '/COE-3x\u007f');
    assert.deepEqual(typed, { state: { sort: 'identifier', filter: '', editing: 'COE-3' }, quit: false });
    assert.deepEqual(applyKeys(typed.state, '\r').state, { sort: 'identifier', filter: 'COE-3', editing: undefined });
    assert.deepEqual(applyKeys({ ...start, filter: 'old' }, '/new\u001b').state, { sort: 'identifier', filter: 'old', editing: undefined });
    // While typing, q and s are letters of the filter; Ctrl-C still quits.
    assert.equal(applyKeys(start, '/qs').state.editing, 'qs');
    assert.equal(applyKeys(start, '/qs\u0003').quit, true);
  });

  it('takes an arrow key or Alt+key as one key, not as Esc followed by letters', () => {
    assert.deepEqual(splitKeys(`${ESC}[A${ESC}OPq${ESC}`), [`${ESC}[A`, `${ESC}OP`, 'q', ESC]);
    assert.equal(applyKeys({ ...start, editing: 'ab' }, `${ESC}[D`).state.editing, 'ab');
    assert.equal(applyKeys(start, `${ESC}q`).quit, false);
  });
});

describe('watch in a pseudo-terminal', () => {
  const terminal = new Terminal();
  after(async () => terminal.close());

  it('fits 40 issues into 80×24 with the header on the first line, grows to 120×40, sorts, filters and quits restoring the terminal', { timeout: 60_000 }, async () => {
    const { server, publish } = await serveFortyIssues();
    await terminal.start('fit', [server.url], { width: 80, height: 24 });
    const small = await terminal.until('fit', (lines) => /· LIVE ·/.test(lines[0] ?? '') && moreCount(lines) !== undefined, 'the first live frame at 80×24');
    assert.equal(await terminal.format('fit', '#{alternate_on}'), '1');
    assert.ok(small.length <= 24);
    assert.match(small[0]!, /^opensymphony-control · LIVE · sequence 2/);
    for (const line of small) assert.ok(displayWidth(line) <= 80, `a line of ${displayWidth(line)} columns: ${line}`);
    const smallRows = issueRows(small);
    assert.equal(moreCount(small), ISSUE_COUNT - smallRows.length);
    assert.ok(smallRows.length >= 10, `${smallRows.length} rows`);
    // Long titles are cut with …, rows are not wrapped: each still ends with its token count.
    for (const row of smallRows) assert.match(row, /… .*\d$/);

    // A new snapshot redraws in place: still one header, on the first line.
    await publish(2);
    const redrawn = await terminal.until('fit', (lines) => /sequence 3/.test(lines[0] ?? ''), 'the frame of sequence 3');
    assert.equal(redrawn.filter((line) => line.startsWith('opensymphony-control')).length, 1);

    await terminal.tmux('resize-window', '-t', 'fit', '-x', '120', '-y', '40');
    const large = await terminal.until('fit', (lines) => issueRows(lines).length > smallRows.length, 'more rows at 120×40');
    assert.ok(large.length <= 40);
    assert.match(large[0]!, /^opensymphony-control · LIVE/);
    for (const line of large) assert.ok(displayWidth(line) <= 120);
    assert.ok(large.some((line) => /^ISSUE +TITLE +RUNTIME +TRACKER +OUTCOME +RETRIES +BLOCKED +TOKENS$/.test(line)));
    assert.equal(moreCount(large), ISSUE_COUNT - issueRows(large).length);

    await terminal.keys('fit', 's');
    const sorted = await terminal.until('fit', (lines) => lines.some((line) => line.includes('sort: runtime state')), 'the runtime-state sort');
    assert.match(issueRows(sorted)[0]!, / running /);

    await terminal.keys('fit', '/');
    await terminal.until('fit', (lines) => lines.some((line) => line.startsWith('filter: _')), 'the filter prompt');
    await terminal.keys('fit', '-l', 'COE-3');
    await terminal.until('fit', (lines) => lines.some((line) => line.startsWith('filter: COE-3_')), 'the typed filter');
    await terminal.keys('fit', 'Enter');
    const filtered = await terminal.until('fit', (lines) => lines.some((line) => line.includes('11 of 40 issues match "COE-3"')), 'the applied filter');
    assert.equal(issueRows(filtered).length, 11);
    for (const row of issueRows(filtered)) assert.match(row, /^COE-3\d? /);
    assert.equal(moreCount(filtered), undefined);

    await terminal.keys('fit', '/', 'x');
    await terminal.until('fit', (lines) => lines.some((line) => line.startsWith('filter: COE-3x_')), 'a second filter being typed');
    await terminal.keys('fit', 'Escape');
    await terminal.until('fit', (lines) => lines.some((line) => line.includes('11 of 40 issues match "COE-3"')), 'the filter kept after Esc');

    await terminal.keys('fit', 'q');
    const restored = await terminal.until('fit', (lines) => lines.includes('watch exited 0'), 'watch to exit 0');
    assert.equal(await terminal.format('fit', '#{alternate_on}'), '0');
    assert.equal(await terminal.format('fit', '#{cursor_flag}'), '1');
    assert.ok(!restored.some((line) => line.startsWith('opensymphony-control')), 'the frame stayed on the alternate screen');
  });

  it('colours the state badges on a terminal, none under NO_COLOR, and quits on Ctrl-C', { timeout: 30_000 }, async () => {
    const { server } = await serveFortyIssues();
    await terminal.start('color', [server.url], { width: 100, height: 30 }, { NO_COLOR: '' });
    await terminal.start('plain', [server.url], { width: 100, height: 30 }, { NO_COLOR: '1' });
    for (const name of ['color', 'plain']) await terminal.until(name, (lines) => /· LIVE ·/.test(lines[0] ?? ''), `the first live frame in ${name}`);
    const colored = (await terminal.capture('color', true)).join('\n');
    const plain = (await terminal.capture('plain', true)).join('\n');
    assert.match(colored, new RegExp(`${ESC}\\[[0-9;]*3[1-6]m`));
    assert.ok(!plain.includes(ESC), 'an escape sequence under NO_COLOR');
    for (const name of ['color', 'plain']) {
      await terminal.keys(name, 'C-c');
      await terminal.until(name, (lines) => lines.includes('watch exited 0'), `watch in ${name} to exit 0 on Ctrl-C`);
    }
  });
});

describe('watch for scripts', () => {
  it('prints one frame with --once: health, metrics, issues and recent events', { timeout: 30_000 }, async () => {
    const server = await serve(['--demo', '--seed', '3', '--demo-interval-ms', '50']);
    const result = await runCli(['watch', '--once', server.url]);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /SNAPSHOT · sequence \d+/);
    assert.match(result.stdout, /daemon (starting|ready|degraded)/);
    assert.match(result.stdout, /agent server (up|DOWN)/);
    assert.match(result.stdout, /ISSUE +TITLE +RUNTIME +TRACKER +OUTCOME +RETRIES +BLOCKED +TOKENS/);
    assert.match(result.stdout, /DEMO-10\d/);
    assert.match(result.stdout, /RECENT EVENTS/);
    assert.ok(!result.stdout.includes(ESC), 'an escape sequence in piped output');
  });

  it('prints with --once --json exactly one line: the envelope as the server sent it', { timeout: 30_000 }, async () => {
    const { server } = await serveFortyIssues();
    const result = await runCli(['watch', '--once', '--json', server.url]);
    assert.equal(result.code, 0, result.stderr);
    const body = await withDeadline(
      fetch(`${server.url}/api/v1/snapshot`).then((response) => response.text()),
      5000,
      'GET snapshot',
    );
    assert.equal(result.stdout, `${body}\n`);
    assert.equal(result.stdout.split('\n').length, 2);
    assert.equal((JSON.parse(result.stdout) as { snapshot: DaemonSnapshot }).snapshot.issues.length, ISSUE_COUNT);
  });

  it('prints with --json one JSON line per snapshot and no control codes, until stopped', { timeout: 60_000 }, async () => {
    const { server, publish } = await serveFortyIssues();
    const child = spawnCli(['watch', '--json', server.url]);
    const { output, until, exited } = collect(child);
    const sequences = () =>
      output.stdout
        .split('\n')
        .filter(Boolean)
        .map((line) => (JSON.parse(line) as { sequence: number }).sequence);
    try {
      await until(() => sequences().includes(2), 'sequence 2 on stdout');
      for (const step of [2, 3, 4]) await publish(step);
      await until(() => sequences().includes(5), 'sequence 5 on stdout');
      child.kill('SIGINT');
      assert.equal(await withDeadline(exited, 5000, 'watch to exit'), 0);
      // Newest wins: a follower may skip a snapshot, never repeat one or go back.
      const seen = sequences();
      assert.equal(seen[0], 2);
      assert.equal(seen.at(-1), 5);
      for (let index = 1; index < seen.length; index += 1) assert.ok(seen[index]! > seen[index - 1]!, seen.join(' '));
      assert.ok(!output.stdout.includes(ESC));
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('redraws piped frames on every snapshot until stopped, then exits 0', { timeout: 30_000 }, async () => {
    const server = await serve(['--demo', '--demo-interval-ms', '50']);
    const child = spawnCli(['watch', server.url], { NO_COLOR: '' });
    let output = '';
    const exited = new Promise<number | null>((resolve) => child.once('close', resolve));
    try {
      await withDeadline(
        new Promise<void>((resolve) => {
          child.stdout.on('data', (chunk: Buffer) => {
            output += chunk.toString();
            if (new Set(output.match(/LIVE · sequence (\d+)/g) ?? []).size >= 3) resolve();
          });
        }),
        15_000,
        'three live frames',
      );
      child.kill('SIGINT');
      assert.equal(await withDeadline(exited, 5000, 'watch to exit'), 0);
      const sequences = [...output.matchAll(/LIVE · sequence (\d+)/g)].map((match) => Number(match[1]));
      for (let index = 1; index < sequences.length; index += 1) assert.ok(sequences[index]! >= sequences[index - 1]!);
      assert.match(output, /CONNECTING/);
      assert.ok(!output.includes(ESC), 'piped frames have no control codes, colours included');
    } finally {
      child.kill('SIGKILL');
    }
  });

  for (const args of [['--json'], []]) {
    it(`exits quietly when its reader goes away: watch ${args.join(' ')} | head -1`, { timeout: 30_000 }, async () => {
      const server = await serve(['--demo', '--demo-interval-ms', '50']);
      const watch = [process.execPath, BIN, 'watch', ...args, server.url].map(quote).join(' ');
      const child = spawn('sh', ['-c', `{ ${watch}; echo "watch exited $?" >&2; } | head -1`]);
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const code = await withDeadline(new Promise<number | null>((resolve) => child.once('close', resolve)), 15_000, 'the pipeline to end').finally(() =>
        child.kill('SIGKILL'),
      );
      assert.equal(code, 0);
      assert.equal(stderr, 'watch exited 0\n');
      assert.equal(stdout.split('\n').length, 2);
    });
  }
});

describe('watch failures', () => {
  for (const url of ['notaurl', 'ftp://x', 'localhost:2468', 'http://no-such-host.invalid', 'http://127.0.0.1:1']) {
    it(`exits 2 at once with one clear line for a URL that can never work: ${url}`, { timeout: 45_000 }, async () => {
      for (const mode of [[], ['--once'], ['--json']]) {
        const began = Date.now();
        const result = await runCli(['watch', ...mode, url], { ms: 10_000 });
        assert.equal(result.code, 2, `${mode.join(' ')}: ${result.stderr}`);
        assert.match(result.stderr, /^opensymphony-control watch: .*(URL|url)/);
        assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
        assert.ok(Date.now() - began < 8000);
      }
    });
  }

  it('with --once, exits 1 on a refused connection and says so', async () => {
    const port = await freePort();
    const result = await runCli(['watch', '--once', `http://127.0.0.1:${port}`]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /cannot read http:\/\/127\.0\.0\.1:\d+: connection refused \(is the server running\?\)/);
  });

  it('keeps retrying a refused connection and follows the server once it comes up', { timeout: 60_000 }, async () => {
    const port = await freePort();
    const child = spawnCli(['watch', '--json', `http://127.0.0.1:${port}`]);
    const { output, until, exited } = collect(child);
    try {
      await until(() => /reconnecting to .* connection refused/.test(output.stderr), 'a reconnect on a refused connection');
      await serve(['--port', String(port)]);
      await until(() => output.stdout.includes('\n'), 'the first snapshot once the server is up');
      assert.equal(typeof (JSON.parse(output.stdout.split('\n')[0]!) as { sequence: unknown }).sequence, 'number');
      child.kill('SIGTERM');
      assert.equal(await withDeadline(exited, 5000, 'watch to exit'), 0);
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('exits 1 when the server requires a read token, and names the flag; a wrong token is named as refused', { timeout: 90_000 }, async () => {
    const server = await serve(['--read-token', 'r3ad']);
    for (const mode of [['--once'], [], ['--json']]) {
      const missing = await runCli(['watch', ...mode, server.url], { ms: 10_000 });
      assert.equal(missing.code, 1, missing.stderr);
      assert.match(missing.stderr, /requires a read token \(HTTP 401\): pass --read-token TOKEN or set \$OPENSYMPHONY_READ_TOKEN/);
      const wrong = await runCli(['watch', ...mode, '--read-token', 'nope', server.url], { ms: 10_000 });
      assert.equal(wrong.code, 1, wrong.stderr);
      assert.match(wrong.stderr, /refused the read token \(HTTP 401\)/);
    }
    const right = await runCli(['watch', '--once', '--json', '--read-token', 'r3ad', server.url]);
    assert.equal(right.code, 0, right.stderr);
  });

  it('exits 1 on a 404: no control plane at that address', async () => {
    const notFound = await rawServer((socket) => {
      socket.once('data', () => socket.end('HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\nconnection: close\r\n\r\n'));
    });
    try {
      const result = await runCli(['watch', notFound.url], { ms: 10_000 });
      assert.equal(result.code, 1);
      assert.match(result.stderr, /no control plane there \(HTTP 404\)/);
    } finally {
      await notFound.close();
    }
  });
});
