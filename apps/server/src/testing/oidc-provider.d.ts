// Only what the tests use of oidc-provider 9 (it ships no types).
declare module "oidc-provider" {
  import type { IncomingMessage, ServerResponse } from "node:http";

  interface Account {
    accountId: string;
    claims(): Promise<Record<string, unknown>>;
  }

  interface Grant {
    addOIDCScope(scope: string): void;
    save(): Promise<string>;
  }

  interface GrantConstructor {
    new (init: { accountId?: string; clientId: string }): Grant;
    find(id: string): Promise<Grant | undefined>;
  }

  interface KoaContext {
    oidc: {
      client?: { clientId: string };
      session?: { accountId?: string; grantIdFor(clientId: string): string | undefined };
      result?: { consent?: { grantId?: string } };
      provider: { Grant: GrantConstructor };
    };
  }

  interface Configuration {
    clients: Record<string, unknown>[];
    findAccount(ctx: KoaContext, id: string): Promise<Account | undefined>;
    claims?: Record<string, string[]>;
    /** Signing keys (private JWKs) the provider signs with and publishes. */
    jwks?: { keys: Record<string, unknown>[] };
    features?: Record<string, { enabled: boolean }>;
    cookies?: { keys: string[] };
    loadExistingGrant?(ctx: KoaContext): Promise<Grant | undefined>;
    pkce?: { required(): boolean };
    ttl?: Record<string, number>;
  }

  class Provider {
    constructor(issuer: string, configuration: Configuration);
    callback(): (request: IncomingMessage, response: ServerResponse) => void;
    on(event: string, listener: (...args: unknown[]) => void): void;
  }
  // biome-ignore lint/style/noDefaultExport: oidc-provider has no other export
  export default Provider;
}
