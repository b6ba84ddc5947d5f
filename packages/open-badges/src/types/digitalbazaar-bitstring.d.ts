// Only what Throughline uses of @digitalbazaar/bitstring (the library ships no types).
declare module "@digitalbazaar/bitstring" {
  export class Bitstring {
    constructor(options: { length: number } | { buffer: Uint8Array });
    readonly length: number;
    set(position: number, on: boolean): void;
    get(position: number): boolean;
    /** GZIP-compressed, base64url-encoded (no multibase prefix). */
    encodeBits(): Promise<string>;
    static decodeBits(options: { encoded: string }): Promise<Uint8Array>;
  }
}
