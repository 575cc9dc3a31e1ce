/**
 * Serves the built app (dist/) from the relay's own port, so a student's phone loads the viewer and
 * joins the room from one origin on the LAN, with the page's CSP (`connect-src 'self'`) intact.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.glb': 'model/gltf-binary',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** Answers GET/HEAD for a file under `root` (index.html for "/"); false when there is none. */
export function serveStatic(root: string, request: IncomingMessage, response: ServerResponse): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  let path: string;
  try {
    path = decodeURIComponent(new URL(request.url ?? '/', 'http://relay').pathname);
  } catch {
    return false;
  }
  if (path.endsWith('/')) path += 'index.html';
  const file = normalize(join(root, path));
  // No way out of dist/ (`..`, encoded or not).
  if (!file.startsWith(root.endsWith(sep) ? root : root + sep)) return false;
  if (!existsSync(file) || !statSync(file).isFile()) return false;
  const hashed = path.startsWith('/assets/');
  response.writeHead(200, {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Content-Length': statSync(file).size,
    // Vite's hashed assets never change; the page and the service worker must be revalidated.
    'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  if (request.method === 'HEAD') response.end();
  else createReadStream(file).pipe(response);
  return true;
}
