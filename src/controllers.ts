/**
 * The JSON endpoints as tsoa controllers. tsoa generates their express routes and request
 * validation (generated/tsoa/routes.ts) and derives an OpenAPI document from them, which a test
 * compares with spec/openapi.yaml so the implementation cannot drift from the contract.
 */
import type { Request as ExpressRequest, RequestHandler } from 'express';
import express from 'express';
import {
  Body,
  Controller,
  Get,
  Middlewares,
  NoSecurity,
  OperationId,
  Put,
  Request,
  Response,
  Route,
  Security,
  SuccessResponse,
  Tags,
} from '@tsoa/runtime';
import type { DaemonSnapshot, Error as ErrorResponse, HealthResponse, SnapshotEnvelope } from '../generated/api-types.js';
import { HealthResponseValidator, SnapshotEnvelopeValidator, type Validator } from '../generated/validators/index.js';
import { contextOf } from './context.js';
import { ApiError } from './errors.js';

function checked<T>(req: ExpressRequest, validator: Validator<T>, body: T): T {
  if (contextOf(req).validateResponses) {
    const result = validator.validate(body);
    if (!result.ok) throw new ApiError('internal_error', `response does not match ${validator.schema}: ${JSON.stringify(result.errors)}`);
  }
  return body;
}

const jsonParsers = new Map<number, RequestHandler>();

/** Rejects non-JSON bodies (415), then parses JSON within the app's body limit (413, 400). */
const parseJsonBody: RequestHandler = (req, res, next) => {
  if (!req.is('application/json')) {
    next(new ApiError('unsupported_media_type'));
    return;
  }
  const limit = contextOf(req).bodyLimitBytes;
  let parser = jsonParsers.get(limit);
  if (!parser) {
    // strict: false, so a JSON scalar is read and then rejected as an invalid snapshot.
    parser = express.json({ limit, strict: false, type: () => true });
    jsonParsers.set(limit, parser);
  }
  parser(req, res, next);
};

@Route('healthz')
@Tags('health')
export class HealthController extends Controller {
  /**
   * Always 200 while the control plane is up.
   * @summary Report liveness and the current sequence
   */
  @Get()
  @OperationId('getHealth')
  @NoSecurity()
  @SuccessResponse(200, 'The control plane is up.')
  public getHealth(@Request() req: ExpressRequest): HealthResponse {
    const { store } = contextOf(req);
    const envelope = store.current();
    return checked(req, HealthResponseValidator, {
      status: 'ok',
      current_sequence: envelope.sequence,
      published_at: envelope.published_at,
      issue_count: envelope.snapshot.issues.length,
      epoch: store.epoch,
    });
  }
}

@Route('api/v1/snapshot')
@Tags('snapshots')
export class SnapshotController extends Controller {
  /**
   * The envelope most recently published (sequence 1 is the initial snapshot).
   * @summary Read the current snapshot
   */
  @Get()
  @OperationId('getSnapshot')
  @NoSecurity()
  @SuccessResponse(200, 'The current envelope.')
  @Response(304, 'Not modified: the envelope named by If-None-Match is still current.')
  public getSnapshot(@Request() req: ExpressRequest): SnapshotEnvelope {
    const { store } = contextOf(req);
    const envelope = store.current();
    // Exact and free: an envelope is identified by its store's epoch and its sequence.
    this.setHeader('ETag', `"${store.epoch}-${envelope.sequence}"`);
    return checked(req, SnapshotEnvelopeValidator, envelope);
  }

  /**
   * Validates the body as a DaemonSnapshot, assigns it the next sequence and makes it current.
   * @summary Publish a new snapshot
   */
  @Put()
  @OperationId('publishSnapshot')
  @Security('publishToken')
  @Middlewares(parseJsonBody)
  @SuccessResponse(200, 'Published; the body is the new current envelope.')
  @Response<ErrorResponse>(400, 'The body is not JSON or not a valid DaemonSnapshot.')
  @Response<ErrorResponse>(401, 'The bearer token is missing or wrong.')
  @Response<ErrorResponse>(403, 'The server has no publish token, so publishing over HTTP is off.')
  @Response<ErrorResponse>(413, 'The body exceeds the server limit.')
  @Response<ErrorResponse>(415, 'The body is not application/json.')
  public publishSnapshot(@Body() snapshot: DaemonSnapshot, @Request() req: ExpressRequest): SnapshotEnvelope {
    return checked(req, SnapshotEnvelopeValidator, contextOf(req).store.publish(snapshot));
  }
}
