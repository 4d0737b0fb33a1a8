/**
 * An event-stream subscriber on a bare TCP socket: it sends the request itself, decodes the
 * chunked answer and counts events by id (regressions, duplicates) without keeping their data,
 * so thousands of them are cheap. It can stop reading to play a stalled consumer, bind a local
 * address to play another client, and be destroyed mid-stream.
 */
import { connect, type Socket } from 'node:net';
import { withDeadline } from './deadline.js';

export interface RawSubscriberOptions {
  path?: string;
  headers?: Record<string, string>;
  /** A loopback address to connect from (127.0.0.2 …): another client, as the per-client cap sees it. */
  localAddress?: string;
  /** Stop reading as soon as the response headers are in (a consumer that never reads). */
  stallAfterHeaders?: boolean;
}

export class RawSubscriber {
  readonly socket: Socket;
  status = 0;
  headers: Record<string, string> = {};
  /** The body of a non-200 answer. */
  errorBody = '';
  /** The data of the first event, to check what a stream starts with. */
  firstData: string | undefined;
  events = 0;
  lastId = 0;
  regressions = 0;
  duplicates = 0;
  bodyBytes = 0;
  closed = false;
  #head = Buffer.alloc(0);
  #inBody = false;
  #chunked = false;
  // Chunked framing state: bytes left in the current chunk, and a partial size line.
  #chunkLeft = 0;
  #sizeLine = '';
  #skipCrlf = 0;
  #text = '';
  #eventId: string | undefined;
  #eventData: string | undefined;
  #waiters: Array<() => void> = [];

  /** Stops reading once the headers are in, until `resume()`. */
  #stalled: boolean;

  private constructor(socket: Socket, stallAfterHeaders: boolean) {
    this.socket = socket;
    this.#stalled = stallAfterHeaders;
    socket.on('data', (chunk: Buffer) => {
      this.#onData(chunk);
      if (this.#stalled && this.#inBody) socket.pause();
      this.#wake();
    });
    socket.on('error', () => undefined);
    socket.once('close', () => {
      this.closed = true;
      this.#wake();
    });
  }

  static open(baseUrl: string, options: RawSubscriberOptions = {}): RawSubscriber {
    const url = new URL(baseUrl);
    const socket = connect({ port: Number(url.port), host: url.hostname, ...(options.localAddress ? { localAddress: options.localAddress } : {}) });
    const headers = { host: url.host, accept: 'text/event-stream', ...options.headers };
    const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`);
    socket.write(`GET ${options.path ?? '/api/v1/events'} HTTP/1.1\r\n${lines.join('')}\r\n`);
    return new RawSubscriber(socket, options.stallAfterHeaders ?? false);
  }

  #onData(chunk: Buffer): void {
    if (!this.#inBody) {
      this.#head = Buffer.concat([this.#head, chunk]);
      const end = this.#head.indexOf('\r\n\r\n');
      if (end === -1) return;
      const [statusLine = '', ...lines] = this.#head.subarray(0, end).toString('latin1').split('\r\n');
      this.status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0);
      for (const line of lines) {
        const colon = line.indexOf(':');
        if (colon > 0) this.headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      this.#chunked = /chunked/i.test(this.headers['transfer-encoding'] ?? '');
      this.#inBody = true;
      chunk = this.#head.subarray(end + 4);
      this.#head = Buffer.alloc(0);
    }
    this.bodyBytes += chunk.length;
    if (this.status !== 200) {
      this.errorBody += chunk.toString('utf8');
      return;
    }
    if (!this.#chunked) {
      this.#feed(chunk.toString('utf8'));
      return;
    }
    let at = 0;
    while (at < chunk.length) {
      if (this.#skipCrlf > 0) {
        const skip = Math.min(this.#skipCrlf, chunk.length - at);
        at += skip;
        this.#skipCrlf -= skip;
      } else if (this.#chunkLeft > 0) {
        const take = Math.min(this.#chunkLeft, chunk.length - at);
        this.#feed(chunk.subarray(at, at + take).toString('utf8'));
        at += take;
        this.#chunkLeft -= take;
        if (this.#chunkLeft === 0) this.#skipCrlf = 2;
      } else {
        const newline = chunk.indexOf(0x0a, at);
        if (newline === -1) {
          this.#sizeLine += chunk.subarray(at).toString('latin1');
          return;
        }
        this.#sizeLine += chunk.subarray(at, newline).toString('latin1');
        at = newline + 1;
        this.#chunkLeft = parseInt(this.#sizeLine.trim(), 16) || 0;
        this.#sizeLine = '';
      }
    }
  }

  // Frames never split a multi-byte character here: chunks are whole frames, and frames are UTF-8 of ASCII JSON framing.
  #feed(text: string): void {
    this.#text += text;
    let newline: number;
    while ((newline = this.#text.indexOf('\n')) !== -1) {
      const line = this.#text.slice(0, newline);
      this.#text = this.#text.slice(newline + 1);
      if (line === '') this.#dispatch();
      else if (line.startsWith('id: ')) this.#eventId = line.slice(4);
      else if (line.startsWith('data: ') && this.firstData === undefined) this.#eventData = line.slice(6);
    }
  }

  #dispatch(): void {
    if (this.#eventId === undefined) return;
    const id = Number(this.#eventId);
    this.#eventId = undefined;
    if (this.events === 0) this.firstData = this.#eventData;
    this.#eventData = undefined;
    this.events += 1;
    if (id < this.lastId) this.regressions += 1;
    else if (id === this.lastId) this.duplicates += 1;
    this.lastId = Math.max(this.lastId, id);
  }

  #wake(): void {
    for (const waiter of this.#waiters.splice(0)) waiter();
  }

  /** Waits until `condition` holds, re-checked on every chunk and on close. */
  async until(condition: () => boolean, ms: number, what: string): Promise<void> {
    await withDeadline(
      (async () => {
        while (!condition()) {
          if (this.closed) throw new Error(`the connection closed before ${what} (status ${this.status}, ${this.events} events)`);
          await new Promise<void>((resolve) => this.#waiters.push(resolve));
        }
      })(),
      ms,
      what,
    );
  }

  /** Waits for the connection to close (the server cut it). */
  async closedBy(ms: number, what: string): Promise<void> {
    await withDeadline(
      (async () => {
        while (!this.closed) await new Promise<void>((resolve) => this.#waiters.push(resolve));
      })(),
      ms,
      what,
    );
  }

  resume(): void {
    this.#stalled = false;
    this.socket.resume();
  }

  /** Goes away without a goodbye (RST), as a crashed client or a pulled cable does. */
  destroy(): void {
    this.socket.resetAndDestroy();
  }
}
