/** A raw TCP server on 127.0.0.1:0 that behaves badly on purpose, as the reference's tests do. */
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { withDeadline } from './deadline.js';

export const SSE_HEADERS = 'HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ncache-control: no-cache\r\nconnection: keep-alive\r\n\r\n';

export interface RawServer {
  url: string;
  /** Every request head received, for assertions on what the client sent. */
  requests: string[];
  close(): Promise<void>;
}

export async function rawServer(onConnection: (socket: Socket) => void | Promise<void>): Promise<RawServer> {
  const sockets = new Set<Socket>();
  const requests: string[] = [];
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.once('close', () => sockets.delete(socket));
    let head = '';
    socket.on('data', (chunk) => {
      head += chunk.toString('latin1');
      if (head.includes('\r\n\r\n')) {
        requests.push(head);
        head = '';
      }
    });
    void onConnection(socket);
  });
  await withDeadline(new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve)), 2000, 'raw listen');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    async close() {
      for (const socket of sockets) socket.destroy();
      await withDeadline(new Promise<void>((resolve) => server.close(() => resolve())), 2000, 'raw close');
    },
  };
}

/** Resolves after `ms`, for a server that stalls on purpose (never used to wait for an event). */
export function stall(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function writeSafely(socket: Socket, text: string): boolean {
  if (socket.destroyed) return false;
  socket.write(text);
  return true;
}

/** A whole HTTP/1.1 response with a body of its own length, for a raw server to answer with. */
export function httpResponse(status: string, headers: Record<string, string>, body = ''): string {
  const lines = Object.entries({ ...headers, 'content-length': String(Buffer.byteLength(body)) }).map(([name, value]) => `${name}: ${value}\r\n`);
  return `HTTP/1.1 ${status}\r\n${lines.join('')}\r\n${body}`;
}

/**
 * Writes `totalBytes` of `fill` (never a line break) as fast as the reader takes them; resolves
 * with how many the socket accepted before the reader hung up (or `totalBytes`).
 */
export async function flood(socket: Socket, totalBytes: number, fill = 'x', chunkBytes = 64 * 1024): Promise<number> {
  const chunk = Buffer.alloc(chunkBytes, fill);
  let written = 0;
  while (written < totalBytes && !socket.destroyed) {
    const piece = totalBytes - written >= chunkBytes ? chunk : chunk.subarray(0, totalBytes - written);
    written += piece.byteLength;
    if (!socket.write(piece)) {
      await new Promise<void>((resolve) => {
        const done = () => {
          socket.off('drain', done);
          socket.off('close', done);
          resolve();
        };
        socket.on('drain', done);
        socket.on('close', done);
      });
    }
  }
  return written;
}

/** Like `rawServer`, but calls `onRequest` once each connection's first request head is in. */
export async function rawHttpServer(onRequest: (socket: Socket, head: string) => void | Promise<void>): Promise<RawServer> {
  return rawServer((socket) => {
    let head = '';
    const onData = (chunk: Buffer) => {
      head += chunk.toString('latin1');
      const end = head.indexOf('\r\n\r\n');
      if (end === -1) return;
      socket.off('data', onData);
      void onRequest(socket, head.slice(0, end));
    };
    socket.on('data', onData);
  });
}

/** A whole HTTP/1.1 answer that closes the connection, as raw text. */
export function httpAnswer(status: number, headers: Record<string, string>, body: string): string {
  const lines = [`HTTP/1.1 ${status} Status ${status}`, ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`)];
  lines.push(`content-length: ${Buffer.byteLength(body)}`, 'connection: close');
  return `${lines.join('\r\n')}\r\n\r\n${body}`;
}

/** An answer whose body is the contract's Error envelope. */
export function errorAnswer(status: number, code: string, message: string, headers: Record<string, string> = {}): string {
  return httpAnswer(status, { 'content-type': 'application/json', ...headers }, JSON.stringify({ error: { code, message } }));
}

/** Writes `text` and waits until the socket takes more (false when the peer is gone). */
export async function writeDrained(socket: Socket, text: string | Buffer): Promise<boolean> {
  if (socket.destroyed) return false;
  if (socket.write(text)) return true;
  return new Promise((resolve) => {
    const done = (ok: boolean) => {
      socket.off('drain', onDrain);
      socket.off('close', onClose);
      resolve(ok);
    };
    const onDrain = () => done(true);
    const onClose = () => done(false);
    socket.once('drain', onDrain);
    socket.once('close', onClose);
  });
}
