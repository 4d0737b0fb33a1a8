/**
 * The client's errors, mirroring the reference's `ControlPlaneClientError` variants. Each has
 * a literal `code` to switch on and the context needed to act on it.
 */
import type { Error as ErrorResponse } from '../generated/api-types.js';
import type { ValidationIssue } from '../generated/validators/index.js';

export type ControlPlaneClientErrorCode = 'invalid_base_url' | 'request' | 'stream' | 'stream_attach_timeout' | 'decode';

export abstract class ControlPlaneClientError extends Error {
  abstract readonly code: ControlPlaneClientErrorCode;
}

/** The base URL and a path could not be joined into a URL. */
export class InvalidBaseUrlError extends ControlPlaneClientError {
  readonly code = 'invalid_base_url';

  constructor(
    readonly baseUrl: string,
    readonly path: string,
    options?: ErrorOptions,
  ) {
    super(`failed to resolve control-plane path \`${path}\` against \`${baseUrl}\``, options);
    this.name = 'InvalidBaseUrlError';
  }
}

/** A JSON request failed: the network, the deadline, or a non-2xx status (with the server's error body). */
export class RequestError extends ControlPlaneClientError {
  readonly code = 'request';

  constructor(
    message: string,
    readonly url: string,
    readonly details: { status?: number; timeout?: boolean; body?: ErrorResponse } = {},
    options?: ErrorOptions,
  ) {
    super(`control-plane HTTP request failed: ${message}`, options);
    this.name = 'RequestError';
  }

  get status(): number | undefined {
    return this.details.status;
  }

  get timeout(): boolean {
    return this.details.timeout ?? false;
  }
}

/** The event stream failed: the network, a bad status or content type, or the idle read deadline. */
export class StreamError extends ControlPlaneClientError {
  readonly code = 'stream';

  constructor(
    message: string,
    readonly url: string,
    readonly details: { status?: number; timeout?: boolean } = {},
    options?: ErrorOptions,
  ) {
    super(`control-plane update stream failed: ${message}`, options);
    this.name = 'StreamError';
  }

  get timeout(): boolean {
    return this.details.timeout ?? false;
  }
}

/** The event stream did not deliver its first snapshot within the attach deadline. */
export class StreamAttachTimeoutError extends ControlPlaneClientError {
  readonly code = 'stream_attach_timeout';

  constructor(readonly timeoutMs: number) {
    super(`control-plane update stream did not attach within ${timeoutMs} ms`);
    this.name = 'StreamAttachTimeoutError';
  }
}

/** A payload was not JSON, or not what the contract says. */
export class DecodeError extends ControlPlaneClientError {
  readonly code = 'decode';

  constructor(
    message: string,
    readonly issues: readonly ValidationIssue[] = [],
    options?: ErrorOptions,
  ) {
    super(`failed to decode control-plane payload: ${message}`, options);
    this.name = 'DecodeError';
  }
}
