// JSON for the test transport, both ways (Node server and the page's bridge): Uint8Array values
// (evidence previews) travel as {"$bytes": "<base64>"} and come back as Uint8Array, which plain
// JSON would turn into an object of numbered keys. Runs in Node and in the browser alike.
const TAG = '$bytes';
const CHUNK = 0x8000;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(start, start + CHUNK));
  }
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

function isTagged(value: unknown): value is { [TAG]: string } {
  if (typeof value !== 'object' || value === null) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && keys[0] === TAG && typeof (value as Record<string, unknown>)[TAG] === 'string';
}

export function encodeJson(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key: string, current: unknown) {
    // `this[key]` is the value before toJSON, so a Node Buffer is caught here too.
    const raw = this[key];
    return raw instanceof Uint8Array ? { [TAG]: toBase64(raw) } : current;
  });
}

export function decodeJson(text: string): unknown {
  return JSON.parse(text, (_key, value: unknown) => (isTagged(value) ? fromBase64(value[TAG]) : value));
}
