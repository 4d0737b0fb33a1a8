/**
 * What the request handlers of one control plane share — its store and settings — attached to
 * the express app that `createApp` builds, so handlers mounted anywhere can find it.
 */
import type { Request } from 'express';
import type { SnapshotEngine } from './engine.js';

export interface ControlPlaneContext {
  store: SnapshotEngine;
  /** Token `PUT /api/v1/snapshot` requires; publishing over HTTP is off without one. */
  publishToken: string | undefined;
  bodyLimitBytes: number;
  /** How long a request body may take to arrive. */
  requestTimeoutMs: number;
  /** Check every JSON response against the generated validators (development mode). */
  validateResponses: boolean;
  /** Why the control plane cannot serve and accept publishes now, or undefined when it can. */
  notReadyReason(): string | undefined;
}

const CONTEXT_KEY = 'opensymphonyControlPlane';

export function attachContext(locals: Record<string, unknown>, context: ControlPlaneContext): void {
  locals[CONTEXT_KEY] = context;
}

export function contextOf(req: Request): ControlPlaneContext {
  const context = req.app.locals[CONTEXT_KEY] as ControlPlaneContext | undefined;
  if (!context) throw new Error('request is not handled by an app built with createApp()');
  return context;
}
