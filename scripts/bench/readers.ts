/**
 * SSE subscribers as raw TCP sockets in the load process: each writes one `GET /api/v1/events`
 * and then only counts complete events (a blank line, `\n\n`, which no envelope's JSON and no
 * chunk header ever holds), so a reader costs a native byte search per chunk and no parsing; all
 * readers read into one shared buffer (`onread`), so reading allocates nothing.
 * A `Audience` times one publish from the moment it is sent to each reader's complete event.
 */
import { connect, type Socket } from 'node:net';
import { performance } from 'node:perf_hooks';

/** Readers connecting at once; the listen backlog and the accept loop take them in batches. */
const CONNECT_BATCH = 250;
/** A reader not attached (its first event in) by then has failed. */
const ATTACH_DEADLINE_MS = 30_000;
/** A publish not delivered to every reader by then has failed, rather than hang the run. */
export const DELIVERY_DEADLINE_MS = 30_000;
/**
 * Local addresses the readers connect from (all loopback): thousands of connections a minute to
 * one server would otherwise run through the ephemeral ports of a single source address.
 */
const SOURCE_ADDRESSES = Array.from({ length: 8 }, (_, index) => `127.0.0.${index + 1}`);

const BLANK_LINE = Buffer.from('\n\n');
const LF = 0x0a;
const OK_STATUS = Buffer.from('HTTP/1.1 200');
/** Every reader's reads land here: the callback that consumes one runs before the next read. */
const READ_BUFFER = Buffer.alloc(256 * 1024);

class Reader {
  events = 0;
  #sawStatus = false;
  #endsWithLf = false;

  socket: Socket | undefined;

  constructor(
    private readonly onEvents: (reader: Reader) => void,
    private readonly onFailure: (error: Error) => void,
  ) {}

  feed(chunk: Buffer): void {
    if (!this.#sawStatus) {
      this.#sawStatus = true;
      if (chunk.subarray(0, OK_STATUS.length).compare(OK_STATUS) !== 0) {
        this.onFailure(new Error(`the event stream answered ${chunk.subarray(0, 200).toString('latin1').split('\r\n')[0]}`));
        return;
      }
    }
    let found = 0;
    if (this.#endsWithLf && chunk[0] === LF) found += 1;
    let at = chunk.indexOf(BLANK_LINE);
    while (at !== -1) {
      found += 1;
      at = chunk.indexOf(BLANK_LINE, at + 2);
    }
    this.#endsWithLf = chunk[chunk.length - 1] === LF;
    if (found > 0) {
      this.events += found;
      this.onEvents(this);
    }
  }
}

/** N readers of one server's event stream, and the timing of publishes to them. */
export class Audience {
  readonly #readers: Reader[] = [];
  #target = Number.POSITIVE_INFINITY;
  #arrived = 0;
  #startedAt = 0;
  #samples: number[] = [];
  #settle: ((error?: Error) => void) | undefined;

  private constructor(readonly port: number) {}

  /** Connects `count` readers and waits until each has its first event (the current envelope). */
  static async attach(port: number, count: number): Promise<Audience> {
    const audience = new Audience(port);
    try {
      for (let first = 0; first < count; first += CONNECT_BATCH) {
        const batch = Array.from({ length: Math.min(CONNECT_BATCH, count - first) }, (_, offset) => audience.#connect(first + offset));
        await Promise.all(batch);
      }
    } catch (error) {
      audience.close();
      throw error;
    }
    return audience;
  }

  get size(): number {
    return this.#readers.length;
  }

  #connect(index: number): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const reader = new Reader(
        (ready) => {
          if (ready.events === 1 && this.#target === Number.POSITIVE_INFINITY) {
            clearTimeout(timer);
            socket.off('error', fail);
            socket.on('error', (error) => this.#settle?.(error));
            socket.on('close', () => this.#settle?.(new Error('a reader was disconnected')));
            resolve();
          } else this.#arrive(ready);
        },
        (error) => fail(error),
      );
      const socket = connect({
        host: '127.0.0.1',
        port: this.port,
        localAddress: SOURCE_ADDRESSES[index % SOURCE_ADDRESSES.length]!,
        onread: {
          buffer: READ_BUFFER,
          callback: (bytes) => {
            reader.feed(READ_BUFFER.subarray(0, bytes));
            return true;
          },
        },
      });
      reader.socket = socket;
      const timer = setTimeout(() => fail(new Error(`reader ${index} not attached within ${ATTACH_DEADLINE_MS} ms`)), ATTACH_DEADLINE_MS);
      const fail = (error: Error) => {
        clearTimeout(timer);
        socket.destroy();
        reject(error);
      };
      socket.setNoDelay(true);
      socket.once('error', fail);
      socket.once('connect', () => {
        socket.write(`GET /api/v1/events HTTP/1.1\r\nHost: 127.0.0.1:${this.port}\r\nAccept: text/event-stream\r\n\r\n`);
      });
      this.#readers.push(reader);
    });
  }

  #arrive(reader: Reader): void {
    if (reader.events !== this.#target) return;
    this.#samples.push(performance.now() - this.#startedAt);
    this.#arrived += 1;
    if (this.#arrived === this.#readers.length) this.#settle?.();
  }

  /**
   * Runs `publish` and resolves when every reader holds the one new event it causes; each
   * reader's delay from the call is recorded.
   */
  delivery(publish: () => void): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => this.#settle?.(new Error(`not every reader had the event within ${DELIVERY_DEADLINE_MS} ms`)), DELIVERY_DEADLINE_MS);
      this.#settle = (error) => {
        clearTimeout(timer);
        this.#settle = undefined;
        if (error) reject(error);
        else resolve();
      };
      this.#target = (this.#readers[0]?.events ?? 0) + 1;
      this.#arrived = 0;
      this.#startedAt = performance.now();
      publish();
    });
  }

  /** The delays recorded since the last call, in ms. */
  takeSamples(): number[] {
    const samples = this.#samples;
    this.#samples = [];
    return samples;
  }

  close(): void {
    this.#settle = undefined;
    for (const reader of this.#readers) reader.socket?.destroy();
  }
}
