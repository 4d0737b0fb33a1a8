/**
 * The client's errors, mirroring the reference's `ControlPlaneClientError` variants. Each has
 * a literal `code` to switch on and the context needed to act on it.
 */
import type { Error as ErrorResponse } from '../generated/api-types.js';
import { CLIENT_ERROR_CODES, type ClientErrorCode } from '../generated/contract.js';
import type { ValidationIssue } from '../generated/validators/index.js';

/** The codes of the client's own errors: the spec's `x-opensymphony-client-errors`. */
export type ControlPlaneClientErrorCode = ClientErrorCode;

export abstract class ControlPlaneClientError extends Error {
  abstract readonly code: ControlPlaneClientErrorCode;
}

/** The base URL and a path could not be joined into a URL. */
export class InvalidBaseUrlError extends ControlPlaneClientError {
  readonly code = CLIENT_ERROR_CODES.invalidBaseUrl;

  constructor(
    readonly baseUrl: string,
    readonly path: string,
    options?: ErrorOptions,
  ) {
    super(`failed to resolve control-plane path \`${path}\` against \`${baseUrl}\``, options);
    this.name = 'InvalidBaseUrlError';
  }
}

/** What the server said when it answered with a non-2xx status, and how a failure happened. */
export interface HttpFailureDetails {
  /** The HTTP status, when the server answered at all. */
  status?: number;
  /** The deadline passed. */
  timeout?: boolean;
  /** The server's `Error` envelope, when its body was one. */
  body?: ErrorResponse;
  /** The server's error code (`error.code` of its body), even one newer than this client's spec. */
  serverCode?: string;
  /** How long the server asked to be left alone (its `Retry-After`), in milliseconds. */
  retryAfterMs?: number;
}

/**
 * An HTTP exchange failed: the network, the deadline, or a non-2xx status (with the server's
 * error body). What `RequestError` and `StreamError` share.
 */
export abstract class HttpFailureError extends ControlPlaneClientError {
  constructor(
    message: string,
    readonly url: string,
    readonly details: HttpFailureDetails = {},
    options?: ErrorOptions,
  ) {
    super(message, options);
  }

  get status(): number | undefined {
    return this.details.status;
  }

  get timeout(): boolean {
    return this.details.timeout ?? false;
  }

  /** The server's error code, such as `unauthorized` or `too_many_subscribers`. */
  get serverCode(): string | undefined {
    return this.details.serverCode;
  }
}

/** A JSON request failed: the network, the deadline, or a non-2xx status (with the server's error body). */
export class RequestError extends HttpFailureError {
  readonly code = CLIENT_ERROR_CODES.request;

  constructor(message: string, url: string, details: HttpFailureDetails = {}, options?: ErrorOptions) {
    super(`control-plane HTTP request failed: ${message}`, url, details, options);
    this.name = 'RequestError';
  }
}

/** The event stream failed: the network, a bad status or content type, or the idle read deadline. */
export class StreamError extends HttpFailureError {
  readonly code = CLIENT_ERROR_CODES.stream;

  constructor(message: string, url: string, details: HttpFailureDetails = {}, options?: ErrorOptions) {
    super(`control-plane update stream failed: ${message}`, url, details, options);
    this.name = 'StreamError';
  }
}

/** The event stream did not deliver its first snapshot within the attach deadline. */
export class StreamAttachTimeoutError extends ControlPlaneClientError {
  readonly code = CLIENT_ERROR_CODES.streamAttachTimeout;

  constructor(readonly timeoutMs: number) {
    super(`control-plane update stream did not attach within ${timeoutMs} ms`);
    this.name = 'StreamAttachTimeoutError';
  }
}

/** A payload was not JSON, or not what the contract says (too deep or too large included). */
export class DecodeError extends ControlPlaneClientError {
  readonly code = CLIENT_ERROR_CODES.decode;

  constructor(
    message: string,
    readonly issues: readonly ValidationIssue[] = [],
    options?: ErrorOptions,
  ) {
    super(`failed to decode control-plane payload: ${message}`, options);
    this.name = 'DecodeError';
  }
}

/** A line or event on the stream outgrew `maxEventBytes`; the stream was dropped before buffering more. */
export class EventTooLargeError extends ControlPlaneClientError {
  readonly code = CLIENT_ERROR_CODES.eventTooLarge;

  constructor(
    readonly limitBytes: number,
    readonly url: string,
  ) {
    super(`control-plane update stream sent a line or event larger than ${limitBytes} bytes`);
    this.name = 'EventTooLargeError';
  }
}
