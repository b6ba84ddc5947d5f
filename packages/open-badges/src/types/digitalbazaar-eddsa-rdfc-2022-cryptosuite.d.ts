// Only what Throughline uses of @digitalbazaar/eddsa-rdfc-2022-cryptosuite (no shipped types).
declare module "@digitalbazaar/eddsa-rdfc-2022-cryptosuite" {
  /** Opaque to us: handed to DataIntegrityProof as is. */
  export interface Cryptosuite {
    readonly name: "eddsa-rdfc-2022";
  }
  export const cryptosuite: Cryptosuite;
}
