// The file name of each part of a dossier written in parts: the core names the files it writes,
// the composer (in the reader) names them in links between parts, and both must agree. Kept apart
// from write-parts.ts so the core does not load the composer's PDF code to name a file.
export function partFileName(stem: string, index: number): string {
  return `${stem}_Part${index + 1}.pdf`;
}
