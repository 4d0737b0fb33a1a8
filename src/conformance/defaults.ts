/** The conformance suite's default deadlines, apart from the checks so the CLI's help can show them cheaply. */

/** The reference's attach deadline, and the deadline of each request. */
export const CONFORMANCE_TIMEOUT_MS = 5_000;
/** Keepalives come every 15 s; wait a little longer for one. */
export const CONFORMANCE_KEEPALIVE_MS = 20_000;
