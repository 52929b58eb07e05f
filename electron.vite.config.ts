import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

const root = import.meta.dirname

// One build for both shells: out/main holds the Electron main process and the browser host
// (plain Node), out/preload the sandboxed preload, out/renderer the UI both shells load.
export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      externalizeDeps: true,
      rollupOptions: {
        input: {
          index: resolve(root, 'electron/main/index.ts'),
          host: resolve(root, 'electron/host/main.ts'),
          // the import's worker thread (electron/services/import/run-import.ts finds it beside the main bundle)
          'import-worker': resolve(root, 'electron/services/import/import-worker.ts'),
          // the app's sweep (已发布信息排查) worker thread, found the same way by electron/services/sweep/run-sweep.ts
          'sweep-worker': resolve(root, 'electron/services/sweep/sweep-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      // A sandboxed preload cannot require npm packages or load ES modules: one self-contained CommonJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    base: './',
    plugins: [react()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      // Inline nothing as data: URLs beyond fonts/images; the CSP forbids inline script anyway.
      assetsInlineLimit: 0,
      minify: true,
      modulePreload: { polyfill: false },
      rollupOptions: { input: { index: resolve(root, 'renderer/index.html') } },
    },
  },
})
