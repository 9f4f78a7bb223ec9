/**
 * Test helper: a TUF repository (src/devstack/tuf.ts) served over real HTTP on 127.0.0.1, counting the TCP
 * connections and requests it receives, so tests can assert which files a client fetched — and that an
 * offline client opened no connection at all.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { TufRepository, type TufRepositoryOptions } from '../../src/devstack/tuf.js';

export interface TufServer {
  repo: TufRepository;
  /** http://127.0.0.1:PORT/tuf */
  url: string;
  /** TCP connections accepted so far. */
  connections: number;
  /** Request paths (relative to `url`) so far. */
  requests: string[];
  /** Stops listening: clients then get "connection refused" on that port. */
  close(): Promise<void>;
}

export async function startTufServer(
  opts: TufRepositoryOptions | TufRepository = { targets: {} },
): Promise<TufServer> {
  const repo = opts instanceof TufRepository ? opts : new TufRepository(opts);
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const rel = path.replace(/^\/tuf\/?/, '');
    state.requests.push(rel);
    const bytes = path.startsWith('/tuf/') ? repo.get(rel) : undefined;
    if (!bytes) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': bytes.length });
    res.end(bytes);
  });
  server.on('connection', (socket) => {
    state.connections++;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const state: TufServer = {
    repo,
    url: `http://127.0.0.1:${port}/tuf`,
    connections: 0,
    requests: [],
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
  return state;
}
