/** A real HTTP server on 127.0.0.1 (port 0 unless a test restarts one on its old port). */
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { withDeadline } from './deadline.js';

export interface TestServer {
  server: Server;
  url: string;
  sockets: Set<Socket>;
  close(): Promise<void>;
}

export async function listen(handler: RequestListener, port = 0): Promise<TestServer> {
  const server = createServer(handler);
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await withDeadline(new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve)), 2000, `listen on ${port}`);
  const bound = (server.address() as AddressInfo).port;
  return {
    server,
    url: `http://127.0.0.1:${bound}`,
    sockets,
    async close() {
      server.closeAllConnections();
      await withDeadline(new Promise<void>((resolve) => server.close(() => resolve())), 2000, 'server close');
    },
  };
}
