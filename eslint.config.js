// Lint for the whole repository, and the folder boundaries of docs/architecture.md made
// executable: where each part runs decides what it may import. test/core/lint-boundaries.test.ts
// proves each boundary rule fires.
//
// Boundaries are checked on resolved files (eslint-plugin-import-x's no-restricted-paths), so
// '../core/x.js' and '../../src/core/x' count alike however the path is spelled; Node built-ins
// and the 'electron' package are checked by name.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const root = import.meta.dirname;
const see = ' See docs/architecture.md.';

/** Every folder that may not import the Electron package: all but electron/ itself. */
const electronFree = ['src/core/**', 'src/shared/**', 'src/renderer/**', 'src/cli/**', 'src/demo/**'];

const noElectron = {
  name: 'electron',
  message: 'Only electron/ talks to Electron; the core, the contract, the window and the CLI run without it.' + see,
};

/**
 * The core's side of the exhibit reader boundary (docs/architecture.md, "The exhibit reader"):
 * what runs in the process that holds the key. Evidence bytes are parsed only in the reader's
 * processes, so nothing here may load a parser.
 */
const keyHoldingSide = [
  './src/core/service',
  './src/core/intake',
  './src/core/evidence',
  './src/core/records',
  './src/core/vault',
  './src/core/fs',
  './src/core/deadlines',
  './src/core/isolation/exhibit-reader.ts',
  './src/core/isolation/reader-calls.ts',
  './src/core/isolation/reader-relay.ts',
  './src/core/isolation/node-launcher.ts',
  './src/core/isolation/shared-reader.ts',
  './src/core/isolation/core-dumps.ts',
];
/** The reader's side: it runs in a process that holds no key and opens no vault. */
const readerSide = ['./src/core/isolation/reader-child.ts', './src/core/isolation/reader-tasks.ts', './src/core/isolation/tasks', './src/core/exhibits'];
/** The code that parses evidence bytes, and the libraries it parses them with. */
const parsers = [
  './src/core/isolation/tasks',
  './src/core/exhibits/image-decoding.ts',
  './src/core/exhibits/jpeg2000.ts',
  './src/core/exhibits/old-jpeg-tiff.ts',
  './src/core/exhibits/inspect.ts',
  './src/core/exhibits/pdf-reading.ts',
  './src/core/exhibits/pdfium.ts',
  './src/core/exhibits/pdfjs-pages.ts',
  './src/core/exhibits/ocr',
  './src/core/dossier/pdf-exhibit-pages.ts',
  './node_modules/@embedpdf/pdfium',
  './node_modules/sharp',
  './node_modules/file-type',
  './node_modules/heic-decode',
  './node_modules/pdfjs-dist',
  './node_modules/tesseract.js',
  './node_modules/tesseract.js-core',
  './node_modules/@cantoo/pdf-lib',
];

/** import-x/no-restricted-paths zones; paths are relative to the repository root. */
const zones = [
  {
    target: keyHoldingSide,
    from: parsers,
    message: 'Evidence bytes are parsed only in the exhibit reader process (src/core/isolation), never beside the key: call it through reader-calls.ts.' + see,
  },
  {
    target: readerSide,
    from: ['./src/core/vault', './src/core/records', './src/core/service', './src/core/evidence/blob-store.ts', './src/core/evidence/file-cipher.ts'],
    message: 'The exhibit reader holds no key and opens no vault: it gets bytes from the core (TaskIO.request) and answers with plain data.' + see,
  },
  {
    target: './src/core',
    from: ['./src/renderer', './src/cli', './src/demo', './electron'],
    message: 'The core knows nothing of its front ends (window, CLI, shell) nor of the demo.' + see,
  },
  {
    target: './src/shared',
    from: '.',
    except: ['./src/shared', './node_modules/zod', './node_modules/@zxcvbn-ts'],
    message: 'src/shared runs on both sides of IPC: it may import zod, zxcvbn-ts (the passphrase rule) and its own files only.' + see,
  },
  {
    target: './src/renderer',
    from: ['./src/core', './src/cli', './src/demo', './electron'],
    message: 'The window reaches the core only through the contract (src/shared) and window.dossier.' + see,
  },
  {
    target: './electron',
    from: './src/core',
    except: ['./service/worker-host.ts'],
    message: 'The shell reaches the core only through its service entry, src/core/service/worker-host.ts.' + see,
  },
  {
    target: './electron',
    from: ['./src/renderer', './src/cli', './src/demo'],
    message: 'The shell loads the window as a page, never as modules, and knows nothing of the CLI.' + see,
  },
  {
    target: './src/cli',
    from: './src/core',
    except: ['./service'],
    message: 'The CLI calls the core through the service (src/core/service) and the contract, as the window does.' + see,
  },
  {
    target: './src/cli',
    from: ['./src/renderer', './electron'],
    message: 'The CLI runs in plain Node, without the window or the shell.' + see,
  },
  {
    target: './src/demo',
    from: ['./src/renderer', './src/cli', './electron'],
    message: 'The demo runs in plain Node under the CLI and the tests.' + see,
  },
];

export default defineConfig(
  globalIgnores(['out/', 'dist/', 'test-artifacts/', 'resources/', 'native/', 'node_modules/']),

  {
    linterOptions: {
      // A disable comment that no longer suppresses anything fails the lint, so none goes stale.
      reportUnusedDisableDirectives: 'error',
    },
  },

  js.configs.recommended,
  tseslint.configs.recommended,

  {
    name: 'dossier/rules-that-guess-wrong-here',
    rules: {
      // Every control character in this codebase's patterns is deliberate (the characters file
      // systems refuse in a name, marker characters in tests); the rule cannot tell intent and
      // the only way to say it is a disable comment, which we do not write.
      'no-control-regex': 'off',
    },
  },

  {
    name: 'dossier/typescript',
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      // `_name` marks a parameter a signature needs but the body does not use; `{ a, ...rest }`
      // is how a field is left out of a copy.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
    },
  },

  {
    name: 'dossier/node-scripts',
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: globals.node },
  },

  {
    name: 'dossier/renderer-hooks',
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },

  {
    name: 'dossier/boundaries',
    files: ['src/**/*.{ts,tsx}', 'electron/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      // TypeScript sources are imported as './x.js' (ESM) or './x' (bundler): resolve both to .ts.
      'import-x/resolver-next': [
        createNodeResolver({
          extensions: ['.ts', '.tsx', '.js', '.mjs', '.json', '.node'],
          extensionAlias: { '.js': ['.ts', '.tsx', '.js'] },
        }),
      ],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: root, zones }],
    },
  },

  {
    name: 'dossier/no-electron',
    files: electronFree,
    rules: {
      'no-restricted-imports': ['error', { paths: [noElectron], patterns: [{ group: ['electron/*'], message: noElectron.message }] }],
    },
  },

  {
    name: 'dossier/no-node',
    files: ['src/shared/**', 'src/renderer/**'],
    plugins: { 'import-x': importX },
    rules: {
      // The window has no Node (sandboxed, no integration) and the contract also runs there.
      'import-x/no-nodejs-modules': 'error',
    },
  },
);
