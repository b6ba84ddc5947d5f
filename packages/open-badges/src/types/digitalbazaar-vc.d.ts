// Only what Throughline uses of @digitalbazaar/vc (the library ships no types).
declare module "@digitalbazaar/vc" {
  import type { DataIntegrityProof } from "@digitalbazaar/data-integrity";
  import type { Ed25519Signature2020 } from "@digitalbazaar/ed25519-signature-2020";

  /** A signature suite: the W3C Data Integrity proof, or the older Ed25519Signature2020. */
  type Suite = DataIntegrityProof | Ed25519Signature2020;

  export type JsonLdDocument = Record<string, unknown>;

  /** What a JSON-LD document loader returns for a URL. */
  export interface RemoteDocument {
    contextUrl: string | null;
    documentUrl: string;
    document: JsonLdDocument;
  }

  export type DocumentLoader = (url: string) => Promise<RemoteDocument>;

  export interface StatusResult {
    verified: boolean;
    error?: unknown;
  }

  export interface VerifyCredentialResult {
    verified: boolean;
    error?: { name?: string; message?: string; errors?: Array<{ message?: string }> };
    results?: Array<{ verified: boolean; error?: { message?: string } }>;
    statusResult?: StatusResult;
  }

  export function issue(options: {
    credential: JsonLdDocument;
    suite: DataIntegrityProof;
    documentLoader: DocumentLoader;
    now?: Date | string;
  }): Promise<JsonLdDocument>;

  export function verifyCredential(options: {
    credential: JsonLdDocument;
    suite: DataIntegrityProof | DataIntegrityProof[];
    documentLoader: DocumentLoader;
    now?: Date | string;
    checkStatus?: (options: { credential: JsonLdDocument }) => Promise<StatusResult>;
  }): Promise<VerifyCredentialResult>;

  export interface VerifyPresentationResult {
    verified: boolean;
    error?: { name?: string; message?: string; errors?: Array<{ message?: string }> };
    presentationResult?: {
      verified: boolean;
      results?: Array<{ verified: boolean; error?: { message?: string } }>;
    };
  }

  export function createPresentation(options: {
    holder?: string;
    verifiableCredential?: JsonLdDocument[];
    id?: string;
  }): JsonLdDocument;

  export function signPresentation(options: {
    presentation: JsonLdDocument;
    suite: Suite;
    challenge: string;
    domain?: string;
    documentLoader: DocumentLoader;
  }): Promise<JsonLdDocument>;

  /** Verifies a presentation's proof for authentication, bound to `challenge` and `domain`. */
  export function verify(options: {
    presentation: JsonLdDocument;
    suite: Suite | Suite[];
    challenge: string;
    domain?: string;
    documentLoader: DocumentLoader;
    now?: Date | string;
  }): Promise<VerifyPresentationResult>;
}
