// generated — do not edit. Produced by `npm run generate` from src/controllers.ts (by tsoa; test/tsoa-drift.test.ts compares its OpenAPI document with spec/openapi.yaml); change that (or the generator in scripts/) instead.
/*
 * The express routes of the controllers, written by tsoa's route generator through
 * scripts/tsoa-routes.hbs: each route runs the operation's security and middlewares, calls the
 * method with the request (and its body, which the store validates), and sends what the method
 * returns with the status and headers it set. No run-time part of tsoa is loaded.
 */
import type { NextFunction, Request, RequestHandler, Response, Router } from 'express';
import { middlewaresOf, type Controller } from './../../src/route-decorators.js';
import { HealthController } from './../../src/controllers.js';
import { ReadinessController } from './../../src/controllers.js';
import { SnapshotController } from './../../src/controllers.js';
import { HistoryController } from './../../src/controllers.js';
import { expressAuthentication } from './../../src/publish-auth.js';

/** One way to be let in: every scheme named, each with its scopes. */
type SecurityRequirement = Readonly<Record<string, readonly string[]>>;

/**
 * Lets the request through when one of `requirements` passes, tried in order; otherwise hands
 * the last refusal to the error handler.
 */
function authenticate(requirements: readonly SecurityRequirement[]): RequestHandler {
  return (request, response, next) => {
    const attempt = async (): Promise<void> => {
      let refusal: unknown;
      for (const requirement of requirements) {
        try {
          for (const [scheme, scopes] of Object.entries(requirement)) await expressAuthentication(request, scheme, [...scopes]);
          return;
        } catch (error) {
          refusal = error;
        }
      }
      throw refusal;
    };
    attempt().then(
      () => {
        if (!response.writableEnded) next();
      },
      (error: unknown) => {
        if (!response.writableEnded) next(error);
      },
    );
  };
}

/** Answers with what a method returned: its headers, its status or the operation's, and the JSON (204 when nothing). */
function send(controller: Controller, response: Response, successStatus: number | undefined, data: unknown): void {
  if (response.headersSent) return;
  for (const [name, value] of Object.entries(controller.getHeaders())) response.set(name, value);
  const status = controller.getStatus() ?? successStatus;
  if (data === null || data === undefined) response.status(status ?? 204).end();
  else response.status(status ?? 200).json(data);
}

export function RegisterRoutes(router: Router): void {
  router.get(
    '/healthz',
    ...middlewaresOf(HealthController),
    ...middlewaresOf(HealthController.prototype.getHealth),
    (request: Request, response: Response, next: NextFunction): void => {
      const controller = new HealthController();
      // A method that throws, synchronously or not, and a failed answer both end in the error handler.
      new Promise<unknown>((resolve) => resolve(controller.getHealth(request)))
        .then((data) => send(controller, response, 200, data))
        .catch(next);
    },
  );
  router.get(
    '/readyz',
    ...middlewaresOf(ReadinessController),
    ...middlewaresOf(ReadinessController.prototype.getReadiness),
    (request: Request, response: Response, next: NextFunction): void => {
      const controller = new ReadinessController();
      // A method that throws, synchronously or not, and a failed answer both end in the error handler.
      new Promise<unknown>((resolve) => resolve(controller.getReadiness(request)))
        .then((data) => send(controller, response, 200, data))
        .catch(next);
    },
  );
  router.get(
    '/api/v1/snapshot',
    ...middlewaresOf(SnapshotController),
    ...middlewaresOf(SnapshotController.prototype.getSnapshot),
    (request: Request, response: Response, next: NextFunction): void => {
      const controller = new SnapshotController();
      // A method that throws, synchronously or not, and a failed answer both end in the error handler.
      new Promise<unknown>((resolve) => resolve(controller.getSnapshot(request)))
        .then((data) => send(controller, response, 200, data))
        .catch(next);
    },
  );
  router.put(
    '/api/v1/snapshot',
    authenticate([{"publishToken":[]}]),
    ...middlewaresOf(SnapshotController),
    ...middlewaresOf(SnapshotController.prototype.publishSnapshot),
    (request: Request, response: Response, next: NextFunction): void => {
      const controller = new SnapshotController();
      // A method that throws, synchronously or not, and a failed answer both end in the error handler.
      new Promise<unknown>((resolve) => resolve(controller.publishSnapshot(request.body, request)))
        .then((data) => send(controller, response, 200, data))
        .catch(next);
    },
  );
  router.get(
    '/api/v1/history',
    ...middlewaresOf(HistoryController),
    ...middlewaresOf(HistoryController.prototype.getHistory),
    (request: Request, response: Response, next: NextFunction): void => {
      const controller = new HistoryController();
      // A method that throws, synchronously or not, and a failed answer both end in the error handler.
      new Promise<unknown>((resolve) => resolve(controller.getHistory(request)))
        .then((data) => send(controller, response, 200, data))
        .catch(next);
    },
  );
}
