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
 * entry instead of one round trip after the model request has started. The model itself is
 * preloaded too.
 */
function preloadModel(): Plugin {
  return {
    name: 'preload-model',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const files = Object.values(ctx.bundle ?? {});
        const decoder = files.find((c) => c.type === 'chunk' && c.name.includes('meshopt_decoder'));
        const model = files.find((c) => c.type === 'asset' && c.fileName.endsWith('.glb'));
        return [
          ...(decoder ? [{ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: '', href: `/${decoder.fileName}` }, injectTo: 'head' as const }] : []),
          // The model's download starts with the page's instead of after the scripts have run
          // (GLTFLoader's fetch picks the preloaded response up: same URL, CORS mode, credentials).
          ...(model ? [{ tag: 'link', attrs: { rel: 'preload', as: 'fetch', crossorigin: 'anonymous', href: `/${model.fileName}` }, injectTo: 'head' as const }] : []),
        ];
      },
    },
  };
}

// The .glb is imported with `?url`, so Vite fingerprints it and ships it in dist/ (offline-first).
export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), preloadModel()],
  assetsInclude: ['**/*.glb'],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        // The anatomy texts are shared by the lazily loaded panels; left to itself the bundler puts
        // shared modules in a chunk the 3D view also loads, so the texts would delay the first frame.
        advancedChunks: { includeDependenciesRecursively: false, groups: [{ name: 'anatomy-data', test: /data[\\/]structures\.json|src[\\/]anatomy[\\/]data\.ts/ }] },
      },
    },
  },
  server: { port: 5173 },
  preview: { port: 4173 },
});
