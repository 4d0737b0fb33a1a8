/**
 * opensymphony-control: the control plane of a Symphony-style orchestrator, embeddable in a
 * Node daemon. The store holds the snapshots, `createApp` serves them, the client reads them.
 * The same names are also reachable by role: `opensymphony-control/server` and
 * `opensymphony-control/client` (which loads no server code); the conformance suite is
 * `opensymphony-control/conformance`.
 */
export * from './exports/server.js';
export * from './exports/client.js';
