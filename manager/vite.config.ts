/**
 * The manager web app's build: `npm run build:manager` writes manager/dist, the folder the
 * server serves at `/` (MANAGER_DIST's default). Tests build into a temp folder via `outDir`.
 */
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  plugins: [preact()],
  build: { outDir: fileURLToPath(new URL('./dist', import.meta.url)), emptyOutDir: true, target: 'es2022', sourcemap: false },
});
