/** The client's HTTP side: the service root, one openapi-fetch client carrying the read token, bounded bodies, and JSON calls under a deadline. */
import type { Middleware } from 'openapi-fetch';
import { createControlPlaneFetchClient, type ControlPlaneFetchClient } from '../../generated/client.js';
import { MAX_EVENT_BYTES, SNAPSHOT_TIMEOUT_MS } from '../../generated/contract.js';
import { ErrorResponseValidator, type Validator } from '../../generated/validators/index.js';
import { DecodeError, InvalidBaseUrlError, RequestError, type HttpFailureDetails } from '../client-errors.js';
import { decodeJson } from './decode.js';

/**
 * The deadline of one JSON exchange, and the largest line, event or JSON body the client holds:
 * the spec's numbers (`x-opensymphony-numbers` of openapi.yaml), with their reasons there.
 */
export { MAX_EVENT_BYTES, SNAPSHOT_TIMEOUT_MS };
/** How much of a non-2xx body is read: an `Error` envelope is small, and the rest of a hostile body is dropped unread. */
export const ERROR_BODY_MAX_BYTES = 64 * 1024;

/** Statuses whose responses cannot carry a body (the Fetch standard's null body statuses). */
const NULL_BODY_STATUSES = new Set([204, 205, 304]);

/** What openapi-fetch resolves to, whatever the operation. */
export interface FetchResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

export function isAbort(error: unknown): boolean {
  return error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError');
}

/** An error's message with its cause's code (ECONNREFUSED, …), for failure reasons. */
export function describeFailure(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } } | null)?.cause;
  return [error instanceof Error ? error.message : String(error), cause?.code ?? cause?.message].filter(Boolean).join(': ');
}

/**
 * `Retry-After` (delay-seconds or an HTTP-date) as milliseconds from `nowMs`; undefined when
 * absent or unreadable. A date in the past asks for no delay.
 */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // Every HTTP-date form starts with a day name; without this `Date.parse` would read "-1" as a year.
  if (!/^[A-Za-z]{3}/.test(text)) return undefined;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}

/** The status, the server's `Error` envelope and code, and its `Retry-After` of a non-2xx answer. */
export function failureDetails(response: Response, errorBody: unknown): HttpFailureDetails {
  const details: HttpFailureDetails = { status: response.status };
  try {
    if (ErrorResponseValidator.is(errorBody)) details.body = errorBody;
  } catch {
    // A body the validator cannot walk is simply not an Error envelope.
  }
  const code = (errorBody as { error?: { code?: unknown } } | null | undefined)?.error?.code;
  if (typeof code === 'string') details.serverCode = code;
  const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), Date.now());
  if (retryAfterMs !== undefined) details.retryAfterMs = retryAfterMs;
  return details;
}

/** `HTTP 401 unauthorized: …` or `HTTP 500 Internal Server Error`. */
export function describeStatus(response: Response, details: HttpFailureDetails): string {
  const message = details.body?.error.message;
  const reason = details.serverCode ? `${details.serverCode}${message ? `: ${message}` : ''}` : response.statusText;
  return `HTTP ${response.status} ${reason}`.trimEnd();
}

/** Thrown by `readBounded` when a body outgrows its limit; the body has been cancelled. */
export class BodyTooLargeError extends Error {
  constructor(readonly limitBytes: number) {
    super(`the body is larger than ${limitBytes} bytes`);
    this.name = 'BodyTooLargeError';
  }
}

/**
 * Reads `body` whole, never holding more than `limitBytes`: past it the body is cancelled and,
 * unless `truncate`, `BodyTooLargeError` is thrown.
 */
export async function readBounded(
  body: ReadableStream<Uint8Array> | null | undefined,
  limitBytes: number,
  truncate = false,
  signal?: AbortSignal,
): Promise<Uint8Array<ArrayBuffer>> {
  if (!body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = body.getReader();
  // Cancelled through its own reader, which ends a pending read and the connection under it,
  // whether or not the fetch still follows its signal (see Deadline).
  const cancel = () => void reader.cancel(signal?.reason).catch(() => undefined);
  signal?.addEventListener('abort', cancel, { once: true });
  try {
    for (;;) {
      signal?.throwIfAborted();
      const { done, value } = await reader.read();
      signal?.throwIfAborted();
      if (done) break;
      if (total + value.byteLength > limitBytes) {
        await reader.cancel().catch(() => undefined);
        if (!truncate) throw new BodyTooLargeError(limitBytes);
        chunks.push(value.subarray(0, limitBytes - total));
        total = limitBytes;
        break;
      }
      chunks.push(value);
      total += value.byteLength;
    }
  } finally {
    signal?.removeEventListener('abort', cancel);
    reader.releaseLock();
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * A deadline that holds even where fetch loses its abort signal: Node's `Request` follows a
 * signal through a weak reference, so after a garbage collection an abort may never reach the
 * fetch (nodejs/node#55428, nodejs/undici#3644). The signal is still passed on; what waits on the
 * network also races `expired`, and a body is read with `readBounded`, which cancels it itself.
 */
export class Deadline {
  readonly #controller = new AbortController();
  readonly #timer: NodeJS.Timeout;
  readonly expired: Promise<never>;

  constructor(ms: number) {
    let expire!: (reason: unknown) => void;
    this.expired = new Promise<never>((_resolve, reject) => (expire = reject));
    this.expired.catch(() => undefined);
    this.#timer = setTimeout(() => {
      const reason = new DOMException(`no complete response within ${ms} ms`, 'TimeoutError');
      this.#controller.abort(reason);
      expire(reason);
    }, ms);
  }

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  /** `work`, or the deadline's TimeoutError if it comes first. */
  race<T>(work: Promise<T>): Promise<T> {
    return Promise.race([work, this.expired]);
  }

  clear(): void {
    clearTimeout(this.#timer);
  }
}

/**
 * openapi-fetch reads every non-2xx body whole, whatever `parseAs` says; this hands it a copy of
 * at most `ERROR_BODY_MAX_BYTES` instead, so a hostile error body cannot grow memory.
 */
const boundErrorBodies: Middleware = {
  async onResponse({ response }) {
    if (response.ok || !response.body) return undefined;
    if (response.status < 200 || response.status > 599) throw new Error(`unexpected HTTP status ${response.status}`);
    const bytes = await readBounded(response.body, ERROR_BODY_MAX_BYTES, true);
    return new Response(NULL_BODY_STATUSES.has(response.status) ? null : bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
  },
};

export interface HttpOptions {
  /** Sent as `Authorization: Bearer <readToken>` on every read. */
  readToken?: string | undefined;
  fetch?: typeof fetch | undefined;
}

/** The service root and the one openapi-fetch client every call of a `ControlPlaneClient` goes through. */
export class ControlPlaneHttp {
  readonly api: ControlPlaneFetchClient;
  readonly #root: string | undefined;
  readonly #rootError: unknown;

  constructor(
    readonly baseUrl: string,
    options: HttpOptions = {},
  ) {
    let root: string | undefined;
    try {
      const url = new URL(baseUrl);
      if (url.protocol === 'http:' || url.protocol === 'https:') {
        url.search = '';
        url.hash = '';
        if (!url.pathname.endsWith('/')) url.pathname += '/';
        root = url.href;
      }
    } catch (error) {
      this.#rootError = error;
    }
    this.#root = root;
    // An unusable base URL still gets a client, so construction never throws; every call checks `url()` first.
    this.api = createControlPlaneFetchClient({
      baseUrl: root ?? 'http://invalid.invalid/',
      ...(options.fetch ? { fetch: options.fetch } : {}),
      ...(options.readToken !== undefined ? { headers: { authorization: `Bearer ${options.readToken}` } } : {}),
    });
    this.api.use(boundErrorBodies);
  }

  /** The absolute URL of `path` (such as `api/v1/snapshot`; a leading slash is dropped) under the service root. */
  url(path: string): string {
    const relative = path.replace(/^\//, '');
    if (this.#root === undefined) {
      throw new InvalidBaseUrlError(this.baseUrl, relative, this.#rootError === undefined ? undefined : { cause: this.#rootError });
    }
    return `${this.#root}${relative}`;
  }

  /**
   * One JSON exchange at `path` (an OpenAPI path), body included, within `timeoutMs`: a non-2xx
   * answer is a `RequestError` with the server's status and code, a body over `maxBytes` or not
   * matching `validator` a `DecodeError`. `call` must ask openapi-fetch for `parseAs: 'stream'`.
   */
  async json<T>(
    path: string,
    validator: Validator<T>,
    limits: { timeoutMs: number; maxBytes: number },
    call: (signal: AbortSignal) => Promise<FetchResult>,
  ): Promise<T> {
    const url = this.url(path);
    let text: string;
    const deadline = new Deadline(limits.timeoutMs);
    try {
      const pending = call(deadline.signal);
      // An answer that comes after the deadline is let go at once, not left holding its connection.
      pending.then((late) => deadline.signal.aborted && void (late.data as ReadableStream | undefined)?.cancel().catch(() => undefined), () => undefined);
      const result = await deadline.race(pending);
      const { response } = result;
      if (!response.ok) {
        const details = failureDetails(response, result.error);
        throw new RequestError(describeStatus(response, details), url, details);
      }
      const bytes = await readBounded(result.data as ReadableStream<Uint8Array> | undefined, limits.maxBytes, false, deadline.signal);
      text = new TextDecoder().decode(bytes);
    } catch (error) {
      if (error instanceof RequestError) throw error;
      if (error instanceof BodyTooLargeError) throw new DecodeError(`the response body is larger than ${error.limitBytes} bytes`, [], { cause: error });
      if (isAbort(error)) {
        throw new RequestError(`no complete response within ${limits.timeoutMs} ms`, url, { timeout: true }, { cause: error });
      }
      throw new RequestError(describeFailure(error), url, {}, { cause: error });
    } finally {
      deadline.clear();
    }
    return decodeJson(text, validator);
  }
}
