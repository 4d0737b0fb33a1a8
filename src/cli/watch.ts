/** `opensymphony-control watch [URL]`: a live terminal view of a control plane. */
import { ControlPlaneClient } from '../client.js';
import { ControlPlaneClientError } from '../client-errors.js';
import { DEFAULT_SERVICE_URL, READ_TOKEN_ENV, WATCH_HELP } from './help.js';
import { EXIT_FAILURE, EXIT_OK, parse } from './usage.js';
import { renderFrame, type WatchView } from './watch-view.js';

const DEFAULT_WIDTH = 110;
// Terminal control sequences: the alternate screen, cursor visibility, clear and home.
const ENTER_SCREEN = '\u001b[?1049h\u001b[?25l';
const LEAVE_SCREEN = '\u001b[?25h\u001b[?1049l';
const CLEAR = '\u001b[2J\u001b[H';


export async function watchCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { once: { type: 'boolean' }, 'read-token': { type: 'string' } }, WATCH_HELP, 1);
  const url = positionals[0] ?? DEFAULT_SERVICE_URL;
  const readToken = values['read-token'] ?? (process.env[READ_TOKEN_ENV] || undefined);
  const client = new ControlPlaneClient(url, readToken === undefined ? {} : { readToken });
  const out = process.stdout;
  const width = () => out.columns ?? DEFAULT_WIDTH;

  if (values.once) {
    try {
      const envelope = await client.fetchSnapshot();
      out.write(renderFrame({ url, connection: { state: 'once' }, envelope }, width()));
      return EXIT_OK;
    } catch (error) {
      if (!(error instanceof ControlPlaneClientError)) throw error;
      process.stderr.write(`cannot read ${url}: ${error.message}\n`);
      return EXIT_FAILURE;
    }
  }

  const abort = new AbortController();
  const stop = () => abort.abort();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const tty = out.isTTY === true;
  const draw = (view: WatchView) => out.write(tty ? `${CLEAR}${renderFrame(view, width())}` : `${renderFrame(view, width())}\n`);
  if (tty) out.write(ENTER_SCREEN);
  const view: WatchView = { url, connection: { state: 'connecting' }, envelope: undefined };
  const redraw = () => draw(view);
  if (tty) out.on('resize', redraw);
  try {
    for await (const update of client.follow({ signal: abort.signal })) {
      if (update.type === 'snapshot') view.envelope = update.envelope;
      else if (update.state === 'reconnecting') view.connection = { state: 'reconnecting', reason: update.error.message, retryInMs: update.retryInMs };
      else view.connection = { state: update.state };
      redraw();
    }
  } finally {
    if (tty) {
      out.off('resize', redraw);
      out.write(LEAVE_SCREEN);
    }
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
  return EXIT_OK;
}
