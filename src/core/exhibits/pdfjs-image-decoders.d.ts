// pdf.js ships no declarations for its image decoders: the part jpeg2000.ts uses.
declare module 'pdfjs-dist/legacy/image_decoders/pdf.image_decoders.mjs' {
  export const JpxImage: {
    setOptions(options: {
      useWasm: boolean;
      useWorkerFetch: boolean;
      wasmUrl: string;
      handler: { sendWithPromise(name: string, data: unknown): Promise<Uint8Array> };
    }): void;
    /** numComponents 0: RGBA out whatever the components; smaskInData: keep an alpha component as alpha. */
    decode(bytes: Uint8Array, options: { numComponents: number; smaskInData: boolean }): Promise<Uint8ClampedArray>;
    /** Forgets the WebAssembly module: the next decode instantiates a new one. */
    cleanup(): void;
  };
  export const VerbosityLevel: { ERRORS: number; WARNINGS: number; INFOS: number };
  export function setVerbosityLevel(level: number): void;
}
