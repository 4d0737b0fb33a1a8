import { File } from '@asyncapi/generator-react-sdk';

// Everything the server and the clients need to agree on about the stream, read from the
// AsyncAPI document so no literal is written twice. The channel's `x-sse` extension holds the
// SSE details AsyncAPI has no field for.

function literal(value) {
  return JSON.stringify(value).replace(/"/g, "'");
}

function requireValue(value, what) {
  if (value === undefined || value === null || value === '') {
    throw new Error(`asyncapi.yaml does not define ${what}`);
  }
  return value;
}

export default function ({ asyncapi }) {
  const channel = requireValue(asyncapi.channels().get('events'), 'the channel `events`');
  const sse = requireValue(channel.extensions().get('x-sse')?.value(), 'the `x-sse` extension of channel `events`');
  const address = requireValue(channel.address(), 'the address of channel `events`');
  const messages = channel.messages().all();
  const eventNames = messages.map((message) => requireValue(message.name(), `a name for message ${message.id()}`));
  const snapshot = requireValue(messages.find((message) => message.id() === 'snapshot'), 'the `snapshot` message');
  const idPattern = requireValue(snapshot.headers()?.properties()?.id?.pattern(), 'the `id` pattern of the snapshot message headers');
  const operation = requireValue(asyncapi.operations().all()[0], 'an operation');
  const method = requireValue(operation.bindings().get('http')?.value()?.method, 'the http method of the operation');
  const headers = requireValue(sse['response-headers'], '`x-sse.response-headers`');

  const lines = [
    `/** Address of the event stream, relative to the service root (AsyncAPI channel \`events\`). */`,
    `export const EVENTS_CHANNEL_ADDRESS = ${literal(address)};`,
    ``,
    `/** The same address without its leading slash, to resolve against a base URL ending in \`/\`. */`,
    `export const EVENTS_RELATIVE_PATH = ${literal(address.replace(/^\//, ''))};`,
    ``,
    `/** HTTP method that opens the stream. */`,
    `export const EVENTS_HTTP_METHOD = ${literal(method)};`,
    ``,
    `/** SSE \`event:\` name of each message on the stream. */`,
    `export const EVENT_NAMES = ${literal(eventNames)} as const;`,
    `export type EventName = (typeof EVENT_NAMES)[number];`,
    ``,
    `/** SSE \`event:\` name of a snapshot message; its \`data\` is a SnapshotEnvelope. */`,
    `export const SNAPSHOT_EVENT = ${literal(snapshot.name())};`,
    ``,
    `/** What a valid SSE \`id:\` of a snapshot event looks like (the sequence in decimal). */`,
    `export const SNAPSHOT_EVENT_ID_PATTERN = new RegExp(${literal(idPattern)});`,
    ``,
    `/** Text of the keepalive comment line (\`: keepalive\`). */`,
    `export const KEEPALIVE_COMMENT = ${literal(requireValue(sse['keepalive-comment'], '`x-sse.keepalive-comment`'))};`,
    ``,
    `/** The longest a stream stays silent: after this long without a write, a keepalive comment is written. */`,
    `export const KEEPALIVE_INTERVAL_MS = ${Number(requireValue(sse['keepalive-interval-ms'], '`x-sse.keepalive-interval-ms`'))};`,
    ``,
    `/** Request header a reconnecting client names its last seen id in. */`,
    `export const LAST_EVENT_ID_HEADER = ${literal(requireValue(sse['request-headers']?.['last-event-id'], '`x-sse.request-headers.last-event-id`'))};`,
    ``,
    `/** Response headers the server sends when it opens the stream. */`,
    `export const STREAM_RESPONSE_HEADERS = {`,
    ...Object.entries(headers).map(([name, value]) => `  ${literal(name)}: ${literal(String(value))},`),
    `} as const;`,
    ``,
    `/** Content type of the stream. */`,
    `export const EVENT_STREAM_CONTENT_TYPE = ${literal(requireValue(headers['Content-Type'], '`x-sse.response-headers.Content-Type`'))};`,
  ];
  return <File name="events.ts">{lines.join('\n') + '\n'}</File>;
}
