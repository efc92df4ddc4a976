// The path of a dropped file comes from the preload (Electron's webUtils): a page cannot read it
// from a File itself. '' means the file has no path on disk (dragged from a browser, say).
export function pathForFile(file: File): string {
  return window.dossier.pathForFile(file);
}
