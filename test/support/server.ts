/** A real HTTP server on 127.0.0.1, port 0, for one test. */
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { withDeadline } from './deadline.js';

export interface TestServer {
  server: Server;
  url: string;
  sockets: Set<Socket>;
  close(): Promise<void>;
}

export async function listen(handler: RequestListener): Promise<TestServer> {
  const server = createServer(handler);
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await withDeadline(new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve)), 2000, 'listen');
  const { port } = server.address() as AddressInfo;
  return {
    server,
    url: `http://127.0.0.1:${port}`,
    sockets,
    async close() {
      server.closeAllConnections();
      await withDeadline(new Promise<void>((resolve) => server.close(() => resolve())), 2000, 'server close');
    },
  };
}
