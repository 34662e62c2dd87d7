import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

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
  server: { proxy },
  preview: { proxy },
  // One bundle for now (React, Apollo, i18next, recharts); split routes when it grows.
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1200 },
});
