/**
 * Serves a built site on a free localhost port for browser tests, the way a
 * static host would (directory index.html, 404.html for unknown paths).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

/**
 * @param base The path the site is served under, as a GitHub project page is
 * ("/portal/"); anything outside it is not found.
 */
export async function serveStatic(dir: string, base = '/'): Promise<StaticServer> {
  const assets = sirv(dir, { dev: true, etag: false });
  const notFound = () => readFileSync(join(dir, '404.html'));
  const server: Server = createServer((req, res) => {
    const inside = (req.url ?? '/').startsWith(base);
    if (inside) req.url = `/${(req.url ?? '/').slice(base.length)}`;
    const serve = inside ? assets : (_req: unknown, _res: unknown, next: () => void) => next();
    serve(req, res, () => {
      res.statusCode = 404;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(notFound());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
