import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The .glb is imported with `?url`, so Vite fingerprints it and ships it in dist/ (offline-first).
export default defineConfig({
  plugins: [react()],
  assetsInclude: ['**/*.glb'],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
  },
  server: { port: 5173 },
  preview: { port: 4173 },
});
