// Build layout: electron/main.ts -> out/main/main.js (ESM, package.json "type": "module"), the
// core's worker src/core/service/service-worker.ts -> out/main/service-worker.js, the exhibit
// reader's process src/core/isolation/reader-child.ts -> out/main/exhibit-reader-child.js, the
// file sealers' threads src/core/evidence/file-sealer-worker.ts -> out/main/file-sealer-worker.js,
// electron/preload.ts -> out/preload/preload.cjs (CommonJS: a sandboxed preload cannot be an ES
// module), src/renderer -> out/renderer (served over app://, see electron/protocol.ts).
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { cspMetaTag } from './electron/security-policy';

const root = import.meta.dirname;

/**
 * Puts the production CSP into index.html as a <meta> too, from the same function that writes
 * the response header, so the two cannot disagree. Build only: under the dev server the shell
 * sends a development policy as a header instead (Vite's dev client needs inline code).
 */
function cspMeta(): Plugin {
  return {
    name: 'dossier:csp-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        // Right after the charset, before anything that could load; a page without the anchor
        // fails the build rather than ship without its policy.
        const charset = /<meta charset="utf-8" \/>/;
        if (!charset.test(html)) throw new Error('index.html needs <meta charset="utf-8" /> to anchor the CSP.');
        return html.replace(charset, (tag) => `${tag}\n    ${cspMetaTag()}`);
      },
    },
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      // Dependencies (the native SQLCipher and Argon2 addons above all) stay in node_modules
      // and are required at run time, never bundled.
      externalizeDeps: true,
      // The core runs in a worker thread started from main.js (src/core/service/worker-host.ts),
      // which looks for service-worker.js beside itself; the exhibit reader runs in utility
      // processes started from main.js (electron/exhibit-reader-process.ts) from
      // exhibit-reader-child.js beside it; the core's worker starts its file sealers from
      // file-sealer-worker.js beside itself. Shared code goes in chunks beside all four.
      lib: {
        entry: {
          main: resolve(root, 'electron/main.ts'),
          'service-worker': resolve(root, 'src/core/service/service-worker.ts'),
          'exhibit-reader-child': resolve(root, 'src/core/isolation/reader-child.ts'),
          'file-sealer-worker': resolve(root, 'src/core/evidence/file-sealer-worker.ts'),
        },
        formats: ['es'],
        fileName: (_format, name) => `${name}.js`,
      },
      rolldownOptions: { output: { chunkFileNames: '[name]-[hash].js' } },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      // A sandboxed preload can require only 'electron', so everything else it uses is bundled.
      externalizeDeps: false,
      lib: { entry: resolve(root, 'electron/preload.ts'), formats: ['cjs'], fileName: () => 'preload.cjs' },
    },
  },
  renderer: {
    root: resolve(root, 'src/renderer'),
    plugins: [react(), cspMeta()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      // data: URLs are outside the CSP; every asset is emitted as a file served over app://.
      assetsInlineLimit: 0,
      rolldownOptions: { input: resolve(root, 'src/renderer/index.html') },
    },
  },
});
