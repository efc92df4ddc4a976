// A text exhibit as the dossier typesets it: UTF-8, line ends made one.
export function exhibitText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes).replace(/\r\n?/g, '\n');
}
