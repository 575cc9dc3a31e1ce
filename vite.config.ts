import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { CONTENT_SECURITY_POLICY } from './src/embed/contentSecurityPolicy.ts';
import { THEME_COLOUR } from './src/pwa/icon.ts';
import { ICONS, pwaIcons } from './src/pwa/pngIcons.ts';

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

/**
 * Offline install: a web app manifest (icons drawn by pwaIcons) and a Workbox service worker that
 * precaches everything the build emits — app shell, every JS chunk (the anatomy texts are in one),
 * the model and the icons — so after one online visit the app opens and works with no network.
 * `prompt`: a new version waits until the user reloads from the "Update available" notice.
 * `injectRegister: false`: no inline registration script (the CSP forbids inline scripts); the page
 * registers it itself after the first model frame (src/pwa/register.ts).
 *
 * Imported through a specifier in a variable, so `tsc` does not load the plugin's types: they pull
 * in workbox-build's type-fest, whose `/// <reference lib="esnext" />` retypes every typed array of
 * the project (the model generator's Float32Arrays stop type-checking).
 */
const PWA_PLUGIN = 'vite-plugin-pwa';
const { VitePWA } = (await import(PWA_PLUGIN)) as { VitePWA: (options: object) => Plugin[] };
const pwa = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  manifest: {
    name: 'Lower Leg Anatomy Viewer',
    short_name: 'Lower leg',
    description: 'Offline 3D anatomy of the lower leg and the gastrocnemius',
    theme_color: THEME_COLOUR,
    background_color: '#0f1216',
    display: 'standalone',
    start_url: '/',
    scope: '/',
    icons: ICONS.filter((i) => !i.src.includes('apple')).map((i) => ({
      src: `/${i.src}`,
      sizes: `${i.size}x${i.size}`,
      type: 'image/png',
      ...(i.maskable ? { purpose: 'maskable' } : {}),
    })),
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,glb,png,json,svg}'],
    // The model is ~1 MB and the 3D chunk larger than Workbox's 2 MiB default would allow for.
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    navigateFallback: '/index.html',
    // The first version takes control of the page it was installed from (offline from the first
    // visit); later versions wait for the notice's reload.
    clientsClaim: true,
    cleanupOutdatedCaches: true,
  },
});

// The .glb is imported with `?url`, so Vite fingerprints it and ships it in dist/ (offline-first).
export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), preloadModel(), pwaIcons(), pwa],
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
