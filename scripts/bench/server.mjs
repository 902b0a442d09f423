// Serves the production build as a web server would (gzip where the browser accepts it, long-lived
// caching for hashed assets) plus extra pages held in memory, such as the static copy of the home
// screen that the app's own first paint is measured against.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

/** Starts serving `root` on 127.0.0.1:`port`; `extraPages` maps a path to HTML. Resolves with a close(). */
export function serve(root, port, extraPages = new Map()) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    let body;
    let type;
    if (extraPages.has(path)) {
      body = Buffer.from(extraPages.get(path));
      type = types['.html'];
    } else {
      const file = normalize(join(root, path === '/' ? 'index.html' : path));
      if (!file.startsWith(normalize(root))) {
        response.writeHead(403).end();
        return;
      }
      try {
        body = await readFile(file);
        type = types[extname(file)] ?? 'application/octet-stream';
      } catch {
        response.writeHead(404).end();
        return;
      }
    }
    const headers = {
      'content-type': type,
      'cache-control': path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    const compressible = /text|json|javascript|svg|manifest/.test(type);
    if (compressible && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = body.length;
    response.writeHead(200, headers).end(body);
  });
  return new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () =>
      resolve({ close: () => new Promise((done) => server.close(done)) }),
    ),
  );
}
