import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { CONTENT_SECURITY_POLICY } from './src/embed/contentSecurityPolicy.ts';

/**
 * The built page carries its CSP as a <meta> tag, so it is safe wherever it is hosted. Only in the
 * build: the dev server's React refresh preamble is an inline script.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * The meshopt decoder is its own chunk (it compiles WebAssembly when evaluated, so it is imported
 * only for a compressed model), but our model always is: a modulepreload link fetches it with the
 * entry instead of one round trip after the model request has started.
 */
function preloadMeshoptDecoder(): Plugin {
  return {
    name: 'preload-meshopt-decoder',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunk = Object.values(ctx.bundle ?? {}).find((c) => c.type === 'chunk' && c.name.includes('meshopt_decoder'));
        if (!chunk) return [];
        return [{ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: '', href: `/${chunk.fileName}` }, injectTo: 'head' }];
      },
    },
  };
}

// The .glb is imported with `?url`, so Vite fingerprints it and ships it in dist/ (offline-first).
export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), preloadMeshoptDecoder()],
  assetsInclude: ['**/*.glb'],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
  },
  server: { port: 5173 },
  preview: { port: 4173 },
});
