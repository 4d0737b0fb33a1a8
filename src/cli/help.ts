/**
 * Every command's help text and the defaults the commands share. Kept apart from the commands so
 * that `--help` and `--version` load nothing else: no server, no validators, no express.
 */
import { KEEPALIVE_INTERVAL_MS } from '../../generated/contract.js';
import { CONFORMANCE_BODY_LIMIT_BYTES, CONFORMANCE_KEEPALIVE_MS, CONFORMANCE_MAX_STREAMS, CONFORMANCE_TIMEOUT_MS } from '../conformance/defaults.js';
import { DEMO_INTERVAL_MS } from '../demo.js';
import { DEFAULT_REDIS_PREFIX } from '../engine.js';
import { DEFAULT_MAX_SUBSCRIBERS, DEFAULT_MAX_SUBSCRIBERS_PER_CLIENT, DEFAULT_REQUEST_TIMEOUT_MS } from '../limits.js';

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 2468;
/** Where the other commands look for a control plane by default: what `serve` binds. */
export const DEFAULT_SERVICE_URL = `http://${DEFAULT_HOST}:${DEFAULT_PORT}`;
/** The environment variable holding the publish token, for `serve`, `publish` and `conformance`. */
export const PUBLISH_TOKEN_ENV = 'OPENSYMPHONY_PUBLISH_TOKEN';
/** The environment variable holding the read token, for `serve`, `watch` and `conformance`. */
export const READ_TOKEN_ENV = 'OPENSYMPHONY_READ_TOKEN';
/** The environment variable holding extra allowed hosts, comma separated, for `serve`. */
export const ALLOWED_HOSTS_ENV = 'OPENSYMPHONY_ALLOWED_HOSTS';
/** The environment variable holding the Redis URL, for `serve --redis`. */
export const REDIS_URL_ENV = 'OPENSYMPHONY_REDIS_URL';
/** The environment variable of each Redis setting of `serve`, by flag: used when the flag is not given. */
export const REDIS_SETTING_ENVS = {
  redis: REDIS_URL_ENV,
  'redis-prefix': 'OPENSYMPHONY_REDIS_PREFIX',
  'redis-ca': 'OPENSYMPHONY_REDIS_CA',
  'redis-cert': 'OPENSYMPHONY_REDIS_CERT',
  'redis-key': 'OPENSYMPHONY_REDIS_KEY',
} as const;
/** The environment variable listing trusted reverse proxies (comma separated), for `serve --trusted-proxy`. */
export const TRUSTED_PROXIES_ENV = 'OPENSYMPHONY_TRUSTED_PROXIES';
/** Open event streams are ended and the process exits within this, even if a client lingers. */
export const SHUTDOWN_TIMEOUT_MS = 2_000;

export const SERVE_HELP = `Usage: opensymphony-control serve [options]

Runs the control plane: GET / (dashboard), GET /healthz, GET /readyz, GET /metrics,
GET /api/v1/snapshot, GET /api/v1/events, and PUT /api/v1/snapshot when a publish token is set.

Options:
  --host HOST             address to bind (default ${DEFAULT_HOST})
  --port PORT             port to bind, 0 for any free one (default ${DEFAULT_PORT})
  --base-path PATH        serve everything under this path prefix (for example /opensymphony)
  --publish-token TOKEN   enable PUT /api/v1/snapshot for this bearer token
                          (default: $${PUBLISH_TOKEN_ENV}; publishing over HTTP is off without one)
  --read-token TOKEN      require this bearer token (or the publish token) to read: the dashboard,
                          GET /api/v1/* and the stream; /healthz stays open (default: $${READ_TOKEN_ENV})
  --public                allow a non-loopback --host without a read token: anyone who can reach
                          the port reads the daemon's state
  --allowed-host NAME     also answer requests for this Host (repeatable; .example.com allows its
                          subdomains; * turns the check off). IP literals and localhost are always
                          answered. Also $${ALLOWED_HOSTS_ENV}, comma separated
  --allowed-origin ORIGIN let browser pages of this origin publish (repeatable)
  --cors-origin ORIGIN    let browser apps of this origin read the GET endpoints and the stream (repeatable)
  --max-subscribers N     event streams held at once (default ${DEFAULT_MAX_SUBSCRIBERS}; lowered to fit the
                          file-descriptor limit); beyond it, 503 with Retry-After
  --max-subscribers-per-client N
                          event streams one client address may hold (default ${DEFAULT_MAX_SUBSCRIBERS_PER_CLIENT}); beyond it, 429
  --trusted-proxy ADDR    a reverse proxy in front (an address, or a network such as 10.0.0.0/8;
                          repeatable): its Forwarded (RFC 7239), or else X-Forwarded-For, names the
                          client that the per-client cap counts and the logs show, and its proto
                          (or X-Forwarded-Proto) the scheme. Also
                          $${TRUSTED_PROXIES_ENV}, comma separated; none by default
  --request-timeout-ms MS how long a request body may take to arrive (default ${DEFAULT_REQUEST_TIMEOUT_MS}); beyond it, 408
  --log-level LEVEL       trace, debug, info (default: one line per request, stream and publish),
                          warn (refusals and failures only), error, fatal or silent
  --keepalive-ms MS       quiet time before a keepalive comment (default ${KEEPALIVE_INTERVAL_MS})
  --redis URL             keep the state in Redis (redis://[user:password@]host:port, or rediss://):
                          every replica with the same Redis and prefix is one control plane
                          (default: $${REDIS_URL_ENV}; in memory without one)
  --redis-prefix NAME     key prefix in Redis, so several control planes share one (default ${DEFAULT_REDIS_PREFIX})
  --redis-ca FILE         a CA (PEM) to trust for rediss:// besides node's own, such as a private one
  --redis-cert FILE       a client certificate (PEM), for a Redis that asks for one; with --redis-key
  --redis-key FILE        that certificate's private key (PEM)
                          (each also from $${REDIS_SETTING_ENVS['redis-prefix']}, $${REDIS_SETTING_ENVS['redis-ca']},
                          $${REDIS_SETTING_ENVS['redis-cert']} and $${REDIS_SETTING_ENVS['redis-key']})
  --initial FILE          the first snapshot, from a DaemonSnapshot JSON file
  --demo                  run an embedded simulated orchestrator that publishes every second
  --seed N                seed of the demo, for the same run every time (default 1)
  --demo-interval-ms MS   how often the demo publishes (default ${DEMO_INTERVAL_MS})
  --dev                   check every JSON response against the spec's validators
  -h, --help              show this help

Logs one JSON line per start, stop, request, client attach/detach and rejected publish
or request (human-readable on a terminal when pino-pretty is installed). Stops cleanly on
SIGINT or SIGTERM, sent to this process (npx does not pass SIGTERM on).
`;

export const PUBLISH_HELP = `Usage: opensymphony-control publish [FILE|-] [options]

Validates FILE (or standard input, with - or when FILE is left out) as a DaemonSnapshot,
then publishes it with PUT /api/v1/snapshot and prints the new sequence. A snapshot that
does not validate is not sent: each error is printed with its path, and the exit code is 1.

Options:
  --url URL       the control plane's service root (default ${DEFAULT_SERVICE_URL})
  --token TOKEN   the publish token (default: $${PUBLISH_TOKEN_ENV})
  -h, --help      show this help
`;

export const WATCH_HELP = `Usage: opensymphony-control watch [URL] [options]

Follows the control plane at URL (default ${DEFAULT_SERVICE_URL}, a service root such as
http://proxy/opensymphony also works) and redraws on every snapshot: the connection state,
the daemon, agent-server and memory-server health, the metrics, the issues and the recent
events. Survives server restarts by reconnecting (also while the server is not up yet).

On a terminal the frame fits the window (redrawn on resize, on the alternate screen): a fixed
header, as many issues as fit and "+N more". Keys:
  /        filter issues by identifier, title or state (Enter applies, Esc cancels)
  s        cycle the sort: identifier, runtime state, tokens, last event
  q        quit (Ctrl-C too); the terminal is restored
Piped, each frame is printed in full, without colours or control codes. Colours mark states
only on a terminal, and never when NO_COLOR is set.

Options:
  --json               one JSON line per snapshot (the envelope as received) on stdout, for jq;
                       reconnections are reported on stderr
  --once               print one frame (or with --json one line) from GET /api/v1/snapshot and exit
  --read-token TOKEN   the server's read token, when it requires one (default: $${READ_TOKEN_ENV})
  -h, --help           show this help

Exit codes: 0 quit, or the output closed (watch | head); 1 the server refused (read token
missing or wrong, 403, 404) or, with --once, could not be read; 2 bad usage or a URL that can
never work (not http:// or https://, a host that does not resolve).
`;

export const CONFORMANCE_HELP = `Usage: opensymphony-control conformance <BASE_URL> [options]

Runs the conformance suite against the control plane at BASE_URL (its service root, such as
http://127.0.0.1:2468 or http://proxy/opensymphony/) and reports each check: PASS, FAIL with
what was expected and what was seen, or SKIP with why. MUST-level failures fail the run;
SHOULD-level failures are warnings. The verdict names every MUST check that did not run.

The checks that publish (--publish-token) PUT copies of the target's own current snapshot,
so its content stays what it was, but its sequence advances by about 250: run them against a
test instance or while no daemon publishes.

Options:
  --publish-token T   enable the checks that publish (default: $${PUBLISH_TOKEN_ENV})
  --read-token T      send this bearer token on every read, and check that reads without it
                      are refused while /healthz stays open (default: $${READ_TOKEN_ENV})
  --read-only         run only the checks that need no publish token; the verdict says
                      "CONFORMS (read-only)" when they all pass
  --timeout-ms N      deadline of each request and of each stream's first snapshot (default ${CONFORMANCE_TIMEOUT_MS})
  --keepalive-ms N    the target's keepalive interval: no stream may stay silent longer
                      (default ${CONFORMANCE_KEEPALIVE_MS}, the AsyncAPI document's); the check watches a little longer
  --body-limit-bytes N  the target's body limit, for the 413 check (default ${CONFORMANCE_BODY_LIMIT_BYTES})
  --max-streams N     streams to open, at most, looking for the per-client cap (default ${CONFORMANCE_MAX_STREAMS})
  --only IDS          run only these checks (comma-separated ids or groups such as events)
  --skip IDS          skip these checks
  --reporter NAME     human (default), json or junit
  -h, --help          show this help

Exit codes:
  0  CONFORMS: every MUST check ran and passed (or, with --read-only, every one that needs
     no publish token: CONFORMS (read-only))
  1  DOES NOT CONFORM: a MUST check failed
  2  bad usage, or the target did not answer at all
  3  INCOMPLETE: no MUST check failed, but some did not run (no --publish-token, --only,
     --skip); the verdict names them. Checks that do not apply to the target (read-token
     checks without --read-token, a stream cap not reached) do not count.
`;
