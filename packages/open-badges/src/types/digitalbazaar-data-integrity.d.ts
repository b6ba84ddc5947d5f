// Only what Throughline uses of @digitalbazaar/data-integrity (the library ships no types).
declare module "@digitalbazaar/data-integrity" {
  import type { Signer } from "@digitalbazaar/ed25519-multikey";
  import type { Cryptosuite } from "@digitalbazaar/eddsa-rdfc-2022-cryptosuite";

  export class DataIntegrityProof {
    constructor(options: { cryptosuite: Cryptosuite; signer?: Signer; date?: Date | string });
  }
}
