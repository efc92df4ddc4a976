// The paths of dropped files come from the preload (Electron's webUtils), which also tells the
// main process that the user dropped them, so that evidence.import accepts them: a page cannot
// read a path from a File itself, nor name a file it was not given.
export function droppedFilePaths(files: readonly File[]): Promise<string[]> {
  return window.dossier.droppedFiles(files);
}
