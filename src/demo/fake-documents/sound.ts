// Sound as a 16-bit mono PCM WAV, with a comment in its INFO list.

export interface WavOptions {
  sampleRate: number;
  seconds: number;
  /** Stored as the INFO list's ICMT (comment). */
  comment: string;
  /** The signal at `t` seconds, from -1 to 1; clipped outside that range. */
  sample: (t: number) => number;
}

export function pcmWav({ sampleRate, seconds, comment, sample }: WavOptions): Uint8Array {
  const samples = Math.round(sampleRate * seconds);
  // RIFF strings end with a NUL, and every chunk is padded to an even length.
  const commentBytes = new TextEncoder().encode(`${comment}\0`);
  const info = new Uint8Array(4 + 8 + commentBytes.length + (commentBytes.length % 2));
  const infoView = new DataView(info.buffer);
  info.set(new TextEncoder().encode('INFOICMT'), 0);
  infoView.setUint32(8, commentBytes.length, true);
  info.set(commentBytes, 12);

  const dataBytes = samples * 2;
  const buffer = new Uint8Array(12 + 24 + 8 + info.length + 8 + dataBytes);
  const view = new DataView(buffer.buffer);
  const ascii = (offset: number, text: string) => buffer.set(new TextEncoder().encode(text), offset);
  ascii(0, 'RIFF');
  view.setUint32(4, buffer.length - 8, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * 2, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  ascii(36, 'LIST');
  view.setUint32(40, info.length, true);
  buffer.set(info, 44);
  const dataStart = 44 + info.length;
  ascii(dataStart, 'data');
  view.setUint32(dataStart + 4, dataBytes, true);

  for (let index = 0; index < samples; index++) {
    const value = sample(index / sampleRate);
    view.setInt16(dataStart + 8 + index * 2, Math.round(Math.max(-1, Math.min(1, value)) * 32767), true);
  }
  return buffer;
}
