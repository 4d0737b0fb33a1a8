/**
 * `opensymphony-control watch [URL]`: a live view of a control plane — a frame that fits the
 * terminal (with keys) on a TTY, frames one after another when piped, or one JSON line per
 * snapshot with `--json`. A URL that can never work exits 2 at once; a refused connection is
 * retried (the server may come up); a missing or wrong read token exits 1.
 */
import { ControlPlaneClient } from '../client.js';
import { ControlPlaneClientError, InvalidBaseUrlError, RequestError, StreamError } from '../client-errors.js';
import { isPermanent } from '../client/follow.js';
import { DEFAULT_SERVICE_URL, READ_TOKEN_ENV, WATCH_HELP } from './help.js';
import { blockedPortMessage, causeChain, isBadPort, urlProblem } from './service-url.js';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, parse } from './usage.js';
import { applyKeys, type KeyState } from './watch-keys.js';
import { Screen } from './watch-screen.js';
import { renderFrame, renderLines, type WatchView } from './watch-view.js';

/** Width of frames written where the width is unknown (a pipe, a file). */
const DEFAULT_WIDTH = 110;
/** Errno codes of a name lookup that failed: the host does not exist (or cannot be looked up), so retrying will not help. */
const DNS_FAILURES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL', 'EAI_NODATA']);
const NETWORK_REASONS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ETIMEDOUT: 'connection timed out',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
};

interface Failure {
  exit: number;
  message: string;
}

/** The errno code (ECONNREFUSED, ENOTFOUND, …) somewhere down `error`'s causes. */
export function networkCode(error: unknown): string | undefined {
  for (const cause of causeChain(error)) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === 'string' && /^E[A-Z_]+$/.test(code)) return code;
  }
  return undefined;
}

/** A short reason for a failure, for the header and for messages. */
export function failureReason(error: ControlPlaneClientError): string {
  const code = networkCode(error);
  if (code !== undefined) return NETWORK_REASONS[code] ?? code;
  if (error instanceof RequestError || error instanceof StreamError) {
    if (error.status !== undefined) return `HTTP ${error.status}${error.serverCode ? ` ${error.serverCode}` : ''}`;
    if (error.timeout) return 'timed out';
  }
  return error.message.replace(/^control-plane [^:]*failed: /, '');
}

/** What to say and which exit code to use when following `url` cannot go on; undefined when retrying may help. */
export function permanentFailure(error: ControlPlaneClientError, url: string, withToken: boolean): Failure | undefined {
  const code = networkCode(error);
  if (code !== undefined && DNS_FAILURES.has(code)) {
    return { exit: EXIT_USAGE, message: `cannot resolve the host of ${url} (${code}): check the URL` };
  }
  if (isBadPort(error)) return { exit: EXIT_USAGE, message: blockedPortMessage(url) };
  if (error instanceof InvalidBaseUrlError) return { exit: EXIT_USAGE, message: `${url} is not a usable URL` };
  if (!isPermanent(error)) return undefined;
  const status = error instanceof RequestError || error instanceof StreamError ? error.status : undefined;
  if (status === 401) {
    return {
      exit: EXIT_FAILURE,
      message: withToken
        ? `cannot read ${url}: the server refused the read token (HTTP 401): check --read-token or $${READ_TOKEN_ENV}`
        : `cannot read ${url}: the server requires a read token (HTTP 401): pass --read-token TOKEN or set $${READ_TOKEN_ENV}`,
    };
  }
  if (status === 404) return { exit: EXIT_FAILURE, message: `cannot read ${url}: no control plane there (HTTP 404): check the URL and its base path` };
  return { exit: EXIT_FAILURE, message: `cannot read ${url}: ${failureReason(error)} (${error.message})` };
}

/** NO_COLOR (https://no-color.org) set to anything but the empty string, or a dumb terminal, turns colours off. */
export function colorAllowed(env: NodeJS.ProcessEnv, tty: boolean): boolean {
  return tty && (env['NO_COLOR'] ?? '') === '' && env['TERM'] !== 'dumb';
}

/** A fetch whose requests also end when `signal` aborts, so quitting never waits on a slow server. */
function abortableFetch(signal: AbortSignal): typeof fetch {
  return (input, init) => {
    const own = init?.signal ?? (input instanceof Request ? input.signal : undefined);
    return fetch(input, { ...init, signal: own ? AbortSignal.any([own, signal]) : signal });
  };
}

/**
 * Standard output that may go away: a reader that stops reading (`watch | head`) is an EPIPE,
 * which ends the command quietly instead of crashing it with a stack trace.
 */
class Output {
  closed = false;
  failure: Error | undefined;

  constructor(
    readonly stream: NodeJS.WriteStream,
    onGone: () => void,
  ) {
    // Never removed: the error of the last write may arrive after the command returned.
    stream.on('error', (error: NodeJS.ErrnoException) => {
      this.closed = true;
      if (error.code !== 'EPIPE') this.failure ??= error;
      onGone();
    });
  }

  /** Writes `text` (nothing once the reader is gone); resolves when it is written or failed. */
  write(text: string): Promise<void> {
    if (this.closed) return Promise.resolve();
    return new Promise((resolve) => this.stream.write(text, () => resolve()));
  }
}

function report(message: string): void {
  process.stderr.write(`opensymphony-control watch: ${message}\n`);
}

export async function watchCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(
    args,
    { once: { type: 'boolean' }, json: { type: 'boolean' }, 'read-token': { type: 'string' } },
    WATCH_HELP,
    1,
  );
  const url = positionals[0] ?? DEFAULT_SERVICE_URL;
  const problem = urlProblem(url);
  if (problem !== undefined) {
    report(problem);
    return EXIT_USAGE;
  }
  const readToken = values['read-token'] ?? (process.env[READ_TOKEN_ENV] || undefined);
  const quit = new AbortController();
  const client = new ControlPlaneClient(url, { ...(readToken === undefined ? {} : { readToken }), fetch: abortableFetch(quit.signal) });
  const output = new Output(process.stdout, () => quit.abort());
  const options = { url, client, output, quit, json: values.json === true, withToken: readToken !== undefined };
  const exit = values.once ? await once(options) : await live(options);
  if (output.failure) {
    report(`cannot write the output: ${output.failure.message}`);
    return EXIT_FAILURE;
  }
  return exit;
}

interface WatchOptions {
  url: string;
  client: ControlPlaneClient;
  output: Output;
  quit: AbortController;
  json: boolean;
  withToken: boolean;
}

async function once({ url, client, output, json, withToken }: WatchOptions): Promise<number> {
  let view: WatchView;
  try {
    view = { url, connection: { state: 'once' }, envelope: await client.fetchSnapshot(), sort: 'identifier', filter: '' };
  } catch (error) {
    if (!(error instanceof ControlPlaneClientError)) throw error;
    const failure = permanentFailure(error, url, withToken);
    const hint = networkCode(error) === 'ECONNREFUSED' ? ' (is the server running?)' : '';
    report(failure?.message ?? `cannot read ${url}: ${failureReason(error)}${hint}`);
    return failure?.exit ?? EXIT_FAILURE;
  }
  const stdout = process.stdout;
  await output.write(
    json ? `${JSON.stringify(view.envelope)}\n` : renderFrame(view, { width: stdout.columns ?? DEFAULT_WIDTH }, colorAllowed(process.env, stdout.isTTY === true)),
  );
  return EXIT_OK;
}

async function live({ url, client, output, quit, json, withToken }: WatchOptions): Promise<number> {
  const stdout = process.stdout;
  const stdin = process.stdin;
  const tty = !json && stdout.isTTY === true;
  const keys = tty && stdin.isTTY === true;
  const screen = tty ? new Screen(stdout, colorAllowed(process.env, true)) : undefined;
  const view: WatchView = { url, connection: { state: 'connecting' }, envelope: undefined, sort: 'identifier', filter: '', editing: undefined, keys };

  const redraw = () => {
    if (json || output.closed) return;
    if (screen) {
      const width = stdout.columns;
      const height = stdout.rows;
      screen.draw(renderLines(view, { width, height }), width, height);
    } else {
      void output.write(`${renderFrame(view, { width: stdout.columns ?? DEFAULT_WIDTH })}\n`);
    }
  };
  const onKeys = (input: string) => {
    const state: KeyState = { sort: view.sort, filter: view.filter, editing: view.editing };
    const result = applyKeys(state, input);
    if (result.quit) {
      quit.abort();
      return;
    }
    Object.assign(view, result.state);
    redraw();
  };
  const stop = () => quit.abort();
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const signal of signals) process.on(signal, stop);

  let failure: Failure | undefined;
  try {
    if (screen) {
      screen.enter();
      stdout.on('resize', redraw);
    }
    if (keys) {
      stdin.setRawMode(true);
      stdin.setEncoding('utf8');
      stdin.on('data', onKeys);
      stdin.resume();
    }
    // Piped, the first frame comes with follow()'s first state; on the screen, draw at once.
    if (screen) redraw();
    for await (const update of client.follow({ signal: quit.signal })) {
      if (update.type === 'snapshot') {
        view.envelope = update.envelope;
        if (json) void output.write(`${JSON.stringify(update.envelope)}\n`);
      } else if (update.state === 'reconnecting') {
        failure = permanentFailure(update.error, url, withToken);
        if (failure) break;
        const reason = failureReason(update.error);
        view.connection = { state: 'reconnecting', reason, retryInMs: update.retryInMs };
        // Scripts reading the JSON lines still learn why nothing comes; the lines themselves stay clean.
        if (json) report(`reconnecting to ${url} in ${(update.retryInMs / 1000).toFixed(1)} s: ${reason}`);
      } else {
        view.connection = { state: update.state };
      }
      redraw();
    }
  } catch (error) {
    if (!(error instanceof ControlPlaneClientError)) throw error;
    failure = permanentFailure(error, url, withToken) ?? { exit: EXIT_FAILURE, message: `cannot read ${url}: ${failureReason(error)}` };
  } finally {
    for (const signal of signals) process.off(signal, stop);
    if (keys) {
      stdin.off('data', onKeys);
      stdin.setRawMode(false);
      stdin.pause();
    }
    if (screen) {
      stdout.off('resize', redraw);
      screen.leave();
    }
  }
  if (failure) {
    report(failure.message);
    return failure.exit;
  }
  return EXIT_OK;
}
