// Lint: type-aware TypeScript rules plus the layering of the architecture (shared is pure,
// the renderer never reaches into Node code, the preload stays tiny).
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import importX, { createNodeResolver } from 'eslint-plugin-import-x'

const nodeBuiltins = ['fs', 'path', 'os', 'crypto', 'child_process', 'http', 'https', 'net', 'url', 'util', 'stream', 'zlib', 'worker_threads', 'buffer', 'process', 'events']

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', '.tsbuild/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.bench/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        // TypeScript's project service, as editors use it: each file is typed by the layer (tsconfig.*.json,
        // referenced from tsconfig.json) that includes it, reading the other layers' sources, never the
        // possibly stale declarations tsc -b leaves in .tsbuild/.
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    plugins: { 'import-x': importX },
    settings: {
      // The layering rule needs imports resolved to files, .ts included.
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.mjs', '.js', '.json'] })],
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './shared', from: ['./electron', './renderer', './test', './bin', './scripts'], message: 'shared/ is pure domain code: it imports only shared/.' },
            { target: './renderer', from: ['./electron', './bin', './scripts'], message: 'The renderer talks to the services only through renderer/lib/api.ts.' },
            { target: './electron', from: ['./renderer'], message: 'Node code does not import the UI.' },
            { target: ['./electron', './bin'], from: ['./test', './bench'], message: 'Product code never imports tests or benches: test-only settings (test/support/test-kdf.ts) stay out of its reach.' },
            // Zones inside electron/ (docs/architecture.md, "Zones inside electron/"): the services are the one
            // implementation and know no shell; each shell (main, host, cli) builds on the services and shared/
            // and never on another shell; the preload sees only the API contract.
            {
              target: './electron/services',
              from: ['./electron/main', './electron/preload', './electron/host', './electron/cli'],
              message: 'electron/services is plain Node under every shell: it imports only services and shared/, never main, preload, host or cli.',
            },
            {
              target: './electron/preload',
              from: ['./electron/main', './electron/host', './electron/services', './electron/cli'],
              message: 'The preload is a tiny sandboxed bridge: it imports only shared/api, never Node code of the other layers.',
            },
            { target: './electron/preload', from: './shared', except: ['./api'], message: 'The preload imports only shared/api (the channel list and the bridge types) from shared/.' },
            {
              target: './electron/main',
              from: './electron/host',
              // The one Content-Security-Policy and header set both shells serve (app:// in Electron, HTTP in the host).
              except: ['./security.ts'],
              message: 'The Electron main process builds on services and shared/, not on the browser host (only host/security.ts, the CSP both shells serve).',
            },
            {
              target: './electron/main',
              from: ['./electron/preload', './electron/cli'],
              message: 'The Electron main process builds on services and shared/, never on another shell.',
            },
            {
              target: './electron/host',
              from: ['./electron/main', './electron/preload', './electron/cli'],
              message: 'The browser host builds on services and shared/, never on another shell.',
            },
            {
              target: './electron/cli',
              from: ['./electron/main', './electron/preload', './electron/host'],
              message: 'The command line builds on services and shared/, never on a shell.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'react', ...nodeBuiltins],
          patterns: [{ group: ['node:*'], message: 'shared/ must not use Node: it runs in the renderer and its workers too.' }],
        },
      ],
      'no-restricted-globals': ['error', 'process', 'Buffer', 'require', 'window', 'document'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: ['electron', ...nodeBuiltins], patterns: [{ group: ['node:*'], message: 'The renderer is sandboxed: no Node.' }] },
      ],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(?!electron$|\\.{1,2}/)', message: 'The preload stays tiny: electron and relative imports of shared/api/channels only.' }] },
      ],
    },
  },
  {
    files: ['test/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.{ts,mjs}', 'test/fixtures/**/*.mjs', '*.config.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' },
    },
  },
)
