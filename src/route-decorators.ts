/**
 * What src/controllers.ts needs of tsoa at run time, and no more: tsoa reads the decorators from
 * the source at generation time (it matches them by name), so at run time they do nothing but
 * keep `@Middlewares`' handlers for the generated routes; `Controller` holds the status and
 * headers a method sets, which the generated routes send (scripts/tsoa-routes.hbs).
 *
 * Why not `@tsoa/runtime`: installed, it brings the whole hapi framework, a second express,
 * validator.js and the type packages of express and koa (10 MB, 79 packages) for these few
 * lines; our routes validate nothing through it (request bodies go to the generated standalone
 * validator).
 */
import type { RequestHandler } from 'express';

/** A decorator of a class, a method or a parameter that leaves it as it is. */
type Inert = (...target: unknown[]) => void;
const inert: Inert = () => undefined;

// Their arguments are read by tsoa from the source, never at run time.
export const Route = (_path?: string): Inert => inert;
export const Tags = (..._names: string[]): Inert => inert;
export const Get = (_path?: string): Inert => inert;
export const Put = (_path?: string): Inert => inert;
export const OperationId = (_operationId: string): Inert => inert;
export const NoSecurity = (): Inert => inert;
export const Security = (_scheme: string, _scopes?: string[]): Inert => inert;
export const SuccessResponse = (_status: number, _description?: string): Inert => inert;
export const Response = <_Body = unknown>(_status: number, _description?: string): Inert => inert;
export const Body = (): Inert => inert;
export const Request = (): Inert => inert;

const middlewares = new WeakMap<object, readonly RequestHandler[]>();

/** Runs `handlers` before the decorated class's or method's route, in order. */
export function Middlewares(...handlers: RequestHandler[]) {
  return (target: object, _key?: string | symbol, descriptor?: PropertyDescriptor): void => {
    middlewares.set(descriptor?.value ?? target, handlers);
  };
}

/** The handlers `@Middlewares` gave a controller class or method (its function), for the generated routes. */
export function middlewaresOf(target: object): readonly RequestHandler[] {
  return middlewares.get(target) ?? [];
}

/** The base of every controller: the status and headers a method sets for its answer. */
export class Controller {
  #status: number | undefined;
  readonly #headers: Record<string, string> = {};

  setStatus(status: number): void {
    this.#status = status;
  }

  getStatus(): number | undefined {
    return this.#status;
  }

  setHeader(name: string, value: string): void {
    this.#headers[name] = value;
  }

  getHeaders(): Readonly<Record<string, string>> {
    return this.#headers;
  }
}
