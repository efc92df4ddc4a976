// Where the shell finds the app's own files. Pure (node:path only), so it is tested in Node.
import path from 'node:path';

/**
 * The dossier fonts (resources/fonts) under the app root. In a packaged build the root is
 * app.asar and electron-builder.yml unpacks the fonts beside it, into app.asar.unpacked, so
 * that every reader (the exporter in its worker, any tool it hands them to) sees plain files.
 */
export function fontsDirOf(appPath: string): string {
  const fonts = path.join(appPath, 'resources', 'fonts');
  return fonts.replace(/\.asar(?=[\\/])/, '.asar.unpacked');
}
