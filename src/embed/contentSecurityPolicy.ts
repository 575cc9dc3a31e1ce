/**
 * The Content-Security-Policy the production build ships (as a <meta> tag, see vite.config.ts) and
 * that the browser tests enforce: no inline scripts, no eval, nothing off the page's own origin.
 * 'wasm-unsafe-eval' lets the bundled meshopt decoder compile its WebAssembly; it does not allow
 * JavaScript eval. Inline styles stay allowed because React sets `style` attributes.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self' blob: data:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
].join('; ');
