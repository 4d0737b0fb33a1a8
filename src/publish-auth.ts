/**
 * The bearer-token check of `PUT /api/v1/snapshot`, as tsoa's authentication module: the
 * generated routes call `expressAuthentication` for every operation with `@Security`.
 */
import type { Request } from 'express';
import { contextOf } from './context.js';
import { ApiError } from './errors.js';
import { publishDenial } from './publish.js';

/** The security scheme name in spec/openapi.yaml. */
export const PUBLISH_SECURITY_SCHEME = 'publishToken';

export async function expressAuthentication(request: Request, securityName: string, _scopes?: string[]): Promise<true> {
  if (securityName !== PUBLISH_SECURITY_SCHEME) throw new ApiError('internal_error', `unknown security scheme ${securityName}`);
  const denied = publishDenial(request, contextOf(request).publishToken);
  if (denied) throw denied;
  return true;
}
