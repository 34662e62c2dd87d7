import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

// The API serves /graphql and /healthz; in dev and preview Vite forwards them so the SPA
// stays same-origin (the session cookie is SameSite and httpOnly).
const apiUrl = process.env.IEUM_API_URL ?? 'http://127.0.0.1:4000';
const proxy = {
  '/graphql': { target: apiUrl, changeOrigin: false, ws: true },
  '/healthz': { target: apiUrl, changeOrigin: false },
  // Feed uploads (POST /api/feeds, text/csv).
  '/api': { target: apiUrl, changeOrigin: false },
};

export default defineConfig({
  plugins: [react()],
  // The domain's rules and lists (roles, permissions, needs domains, …) are the web's too: the
  // package is pure TypeScript without I/O (a lint rule keeps it so), built here from its source.
  resolve: {
    alias: { '@ieum/domain': fileURLToPath(new URL('../../libs/domain/src/index.ts', import.meta.url)) },
  },
  server: { proxy },
  preview: { proxy },
  // One bundle for now (React, Apollo, i18next, recharts); split routes when it grows.
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1200 },
});
