// Only what Throughline uses of @digitalbazaar/ed25519-signature-2020 (the library ships no types).
declare module "@digitalbazaar/ed25519-signature-2020" {
  import type { Signer } from "@digitalbazaar/ed25519-multikey";

  export class Ed25519Signature2020 {
    constructor(options?: { signer?: Signer; date?: Date | string });
    static CONTEXT_URL: string;
    static CONTEXT: Record<string, unknown>;
  }
}
