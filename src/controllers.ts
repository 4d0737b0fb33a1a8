/**
 * The JSON endpoints as tsoa controllers. tsoa generates their express routes
 * (generated/tsoa/routes.ts, through scripts/tsoa-routes.hbs) and derives an OpenAPI document
 * from them, which a test compares with spec/openapi.yaml so the implementation cannot drift
 * from the contract. Their decorators are read by tsoa; at run time they are src/route-decorators.ts.
 */
import type { Request as ExpressRequest, RequestHandler } from 'express';
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
} from './route-decorators.js';
import { CACHE_CONTROL } from '../generated/contract.js';
import type { DaemonSnapshot, Error as ErrorResponse, HealthResponse, MetricsHistory, ReadinessResponse, SnapshotEnvelope } from '../generated/api-types.js';
import {
  HealthResponseValidator,
  MetricsHistoryValidator,
  ReadinessResponseValidator,
  SnapshotEnvelopeValidator,
  type Validator,
} from '../generated/validators/index.js';
import { readJsonBody } from './body.js';
import { contextOf } from './context.js';
import { ApiError } from './errors.js';
import { metricsHistoryOf } from './history.js';
import { publishBody } from './publish.js';
import { issueCount } from './wire.js';

function checked<T>(req: ExpressRequest, validator: Validator<T>, body: T): T {
  if (contextOf(req).validateResponses) {
    const result = validator.validate(body);
    if (!result.ok) throw new ApiError('internal_error', `response does not match ${validator.schema}: ${JSON.stringify(result.errors)}`);
  }
  return body;
}

/** Reads the body as JSON within the app's limits (400, 408, 413, 415): see body.ts. */
const parseJsonBody: RequestHandler = (req, _res, next) => {
  const { bodyLimitBytes, requestTimeoutMs } = contextOf(req);
  readJsonBody(req, { limitBytes: bodyLimitBytes, timeoutMs: requestTimeoutMs }).then(
    (body) => {
      req.body = body;
      next();
    },
    (error: unknown) => next(error),
  );
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
  @Response<ErrorResponse>(403, 'The Host is not allowed.')
  @Response<ErrorResponse>(500, 'The server failed.')
  public getHealth(@Request() req: ExpressRequest): HealthResponse {
    const { store } = contextOf(req);
    const envelope = store.current();
    this.setHeader('Cache-Control', CACHE_CONTROL.getHealth['200']);
    return checked(req, HealthResponseValidator, {
      status: 'ok',
      current_sequence: envelope.sequence,
      published_at: envelope.published_at,
      issue_count: issueCount(envelope.snapshot),
      epoch: store.epoch,
    });
  }
}

@Route('readyz')
@Tags('health')
export class ReadinessController extends Controller {
  /**
   * The readiness probe: 200 while the control plane can serve reads and accept publishes.
   * @summary Report whether the control plane can serve and accept publishes
   */
  @Get()
  @OperationId('getReadiness')
  @NoSecurity()
  @SuccessResponse(200, 'Ready.')
  @Response<ErrorResponse>(403, 'The Host is not allowed.')
  @Response<ErrorResponse>(500, 'The server failed.')
  @Response<ErrorResponse>(503, 'Not ready.')
  public getReadiness(@Request() req: ExpressRequest): ReadinessResponse {
    const reason = contextOf(req).notReadyReason();
    if (reason !== undefined) throw new ApiError('not_ready', `the control plane is not ready: ${reason}`);
    this.setHeader('Cache-Control', CACHE_CONTROL.getReadiness['200']);
    return checked(req, ReadinessResponseValidator, { status: 'ready' });
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
  @Response<ErrorResponse>(401, 'A read token is required.')
  @Response<ErrorResponse>(403, 'The Host is not allowed.')
  @Response<ErrorResponse>(500, 'The server failed.')
  public getSnapshot(@Request() req: ExpressRequest): SnapshotEnvelope {
    const { store } = contextOf(req);
    const envelope = store.current();
    // Exact and free: an envelope is identified by its store's epoch and its sequence.
    this.setHeader('ETag', `"${store.epoch}-${envelope.sequence}"`);
    this.setHeader('Cache-Control', CACHE_CONTROL.getSnapshot['200']);
    return checked(req, SnapshotEnvelopeValidator, envelope);
  }

  /**
   * Validates the body as a DaemonSnapshot, assigns it the next sequence and makes it current.
   * @summary Publish a new snapshot
   */
  // `snapshot` is declared a DaemonSnapshot for the derived OpenAPI document, but the generated
  // route passes the body through unvalidated (scripts/generate-tsoa.ts): the store validates it,
  // once, with the generated validator.
  @Put()
  @OperationId('publishSnapshot')
  @Security('publishToken')
  @Middlewares(parseJsonBody)
  @SuccessResponse(200, 'Published; the body is the new current envelope.')
  @Response<ErrorResponse>(400, 'The body is not JSON or not a valid DaemonSnapshot.')
  @Response<ErrorResponse>(401, 'The bearer token is missing or wrong.')
  @Response<ErrorResponse>(403, 'Publishing is off, or the Host or Origin is not allowed.')
  @Response<ErrorResponse>(408, 'The body did not arrive in time.')
  @Response<ErrorResponse>(413, 'The body exceeds the server limit.')
  @Response<ErrorResponse>(415, 'The body is not application/json, or its encoding is not supported.')
  @Response<ErrorResponse>(500, 'The server failed.')
  @Response<ErrorResponse>(503, 'The store is unreachable; nothing was published.')
  public async publishSnapshot(@Body() snapshot: DaemonSnapshot, @Request() req: ExpressRequest): Promise<SnapshotEnvelope> {
    return checked(req, SnapshotEnvelopeValidator, await publishBody(contextOf(req).store, snapshot as unknown));
  }
}

@Route('api/v1/history')
@Tags('snapshots')
export class HistoryController extends Controller {
  /**
   * The metrics of the most recent publishes, oldest first, ending with the current envelope's.
   * @summary Read the recent metrics history
   */
  @Get()
  @OperationId('getHistory')
  @NoSecurity()
  @SuccessResponse(200, 'The recent metrics, oldest first.')
  @Response<ErrorResponse>(401, 'A read token is required.')
  @Response<ErrorResponse>(403, 'The Host is not allowed.')
  @Response<ErrorResponse>(500, 'The server failed.')
  public getHistory(@Request() req: ExpressRequest): MetricsHistory {
    this.setHeader('Cache-Control', CACHE_CONTROL.getHistory['200']);
    return checked(req, MetricsHistoryValidator, metricsHistoryOf(contextOf(req).store).toJSON());
  }
}
