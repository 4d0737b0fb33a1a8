/**
 * A raw event-stream reader over node:http, for the conformance suite and the tests: keeps the
 * exact bytes, parses events and comments with eventsource-parser, and can pause its socket to
 * play a slow consumer.
 */
import { get, type ClientRequest, type IncomingMessage } from 'node:http';
import { createParser, type EventSourceMessage } from 'eventsource-parser';
import { withDeadline } from './deadline.js';

export class StreamProbe {
  bytes = '';
  readonly events: EventSourceMessage[] = [];
  readonly comments: string[] = [];
  ended = false;
  /** When the response headers arrived, and when each chunk of the body did (`performance.now()`). */
  readonly openedAt = performance.now();
  readonly writeTimes: number[] = [];
  #waiters: Array<() => void> = [];

  private constructor(
    readonly request: ClientRequest,
    readonly response: IncomingMessage,
  ) {
    const parser = createParser({
      onEvent: (event) => {
        this.events.push(event);
        this.#wake();
      },
      onComment: (comment) => {
        this.comments.push(comment);
        this.#wake();
      },
    });
    response.setEncoding('utf8');
    response.on('data', (chunk: string) => {
      this.writeTimes.push(performance.now());
      this.bytes += chunk;
      parser.feed(chunk);
    });
    const end = () => {
      this.ended = true;
      this.#wake();
    };
    response.on('end', end);
    response.on('close', end);
    response.on('error', end);
  }

  static async open(url: string, headers: Record<string, string> = {}, ms = 2000): Promise<StreamProbe> {
    const request = get(url, { headers: { accept: 'text/event-stream', ...headers } });
    const response = await withDeadline(
      new Promise<IncomingMessage>((resolve, reject) => {
        request.once('response', resolve);
        request.once('error', reject);
      }),
      ms,
      `response headers of ${url}`,
    ).catch((error: unknown) => {
      request.destroy();
      throw error;
    });
    return new StreamProbe(request, response);
  }

  #wake(): void {
    for (const waiter of this.#waiters.splice(0)) waiter();
  }

  /** Waits until `condition` holds, re-checked on every event, comment and the end. */
  async until(condition: () => boolean, ms: number, what: string): Promise<void> {
    await withDeadline(
      (async () => {
        while (!condition()) {
          if (this.ended) throw new Error(`stream ended before ${what}`);
          await new Promise<void>((resolve) => this.#waiters.push(resolve));
        }
      })(),
      ms,
      what,
    );
  }

  /** Watches the stream for `ms`, or until it ends if sooner. */
  async observe(ms: number): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    await new Promise<void>((resolve) => {
      timer = setTimeout(resolve, ms);
      const check = (): void => {
        if (this.ended) resolve();
        else this.#waiters.push(check);
      };
      check();
    });
    clearTimeout(timer);
  }

  async waitForEnd(ms: number): Promise<void> {
    await withDeadline(
      (async () => {
        while (!this.ended) await new Promise<void>((resolve) => this.#waiters.push(resolve));
      })(),
      ms,
      'the stream to end',
    );
  }

  /**
   * The longest time the stream went without a byte, from the headers until `now`: between any
   * two chunks, before the first, and after the last.
   */
  longestSilenceMs(now = performance.now()): number {
    let longest = 0;
    let previous = this.openedAt;
    for (const time of [...this.writeTimes, now]) {
      longest = Math.max(longest, time - previous);
      previous = time;
    }
    return longest;
  }

  ids(): number[] {
    return this.events.map((event) => Number(event.id));
  }

  pause(): void {
    this.response.pause();
  }

  resume(): void {
    this.response.resume();
  }

  close(): void {
    this.request.destroy();
  }
}
