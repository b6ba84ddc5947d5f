// Only what Throughline uses of @digitalbazaar/ed25519-multikey (the library ships no types).
declare module "@digitalbazaar/ed25519-multikey" {
  export interface Signer {
    id: string;
    algorithm: string;
    sign(options: { data: Uint8Array }): Promise<Uint8Array>;
  }

  export interface ExportedMultikey {
    "@context"?: string;
    id?: string;
    type: "Multikey";
    controller?: string;
    publicKeyMultibase: string;
    secretKeyMultibase?: string;
  }

  export interface Ed25519MultikeyPair {
    id?: string;
    controller?: string;
    publicKeyMultibase: string;
    secretKeyMultibase?: string;
    signer(): Signer;
    export(options: {
      publicKey?: boolean;
      secretKey?: boolean;
      includeContext?: boolean;
    }): Promise<ExportedMultikey>;
  }

  export function generate(options?: {
    id?: string;
    controller?: string;
    seed?: Uint8Array;
  }): Promise<Ed25519MultikeyPair>;

  export function from(key: ExportedMultikey): Promise<Ed25519MultikeyPair>;
}
