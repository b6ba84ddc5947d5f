// Only what Throughline uses of @digitalbazaar/credentials-context (the library ships no types).
declare module "@digitalbazaar/credentials-context" {
  /** Context URL → the context document (VC 1.1, VC 2.0 with BitstringStatusList, …). */
  export const contexts: Map<string, Record<string, unknown>>;
}
