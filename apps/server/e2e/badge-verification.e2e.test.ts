import { DataIntegrityProof } from "@digitalbazaar/data-integrity";
import { cryptosuite } from "@digitalbazaar/eddsa-rdfc-2022-cryptosuite";
import * as vc from "@digitalbazaar/vc";
import { didDocumentUrl } from "@throughline/open-badges/did-web";
import { createDocumentLoader } from "@throughline/open-badges/document-loader";
import { onedtechSchemaErrors } from "@throughline/open-badges/onedtech-schema";
import { openBadgeCredentialSchema } from "@throughline/open-badges/open-badge-schema";
import type { APIRequestContext } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { expectAccessible } from "./browser.ts";
import { earnBadge } from "./earn-badge.ts";
import { serverAndBrowserPerFile } from "./fixture.ts";
import { signedInClient } from "./signed-in-client.ts";

const run = serverAndBrowserPerFile();
const clients: APIRequestContext[] = [];
afterAll(async () => {
  for (const client of clients) await client.dispose();
});
const keep = (client: APIRequestContext) => clients.push(client);

describe("issued badges verify offline against the running server", () => {
  it("every issued credential verifies, passes the 1EdTech schema and resists tampering", async () => {
    await earnBadge(run.server.url, "Learning-Focused Lesson Design", keep);
    await earnBadge(run.server.url, "Higher-Order Questioning", keep);

    const maria = await signedInClient(run.server.url, "teacher@maplevalley.test", keep);
    const { badges } = await maria.query<{ badges: Array<{ id: string }> }>("credentials.myBadges");
    const ids = badges.map((badge) => badge.id);
    expect(ids.length).toBeGreaterThanOrEqual(2);

    // did:web resolution: the DID says where its document is; fetch it from the server.
    const documentLoader = createDocumentLoader(async (did) => {
      const response = await fetch(didDocumentUrl(did));
      return response.ok ? ((await response.json()) as Record<string, unknown>) : null;
    });
    const verify = (credential: Record<string, unknown>) =>
      vc.verifyCredential({
        credential,
        suite: new DataIntegrityProof({ cryptosuite }),
        documentLoader,
        // Revocation is read from the status list separately; here: the signature and dates.
        checkStatus: async () => ({ verified: true }),
      });

    for (const id of ids) {
      const response = await fetch(`${run.server.url}/credentials/${id}.json`);
      expect(response.status).toBe(200);
      const credential = (await response.json()) as Record<string, unknown>;
      expect(openBadgeCredentialSchema.safeParse(credential).error).toBeUndefined();
      // The official 1EdTech JSON schema, as a wallet or network that validates applies it.
      expect(onedtechSchemaErrors(credential)).toEqual([]);
      expect((await verify(credential)).verified).toBe(true);

      const tampered = structuredClone(credential);
      const subject = tampered.credentialSubject as { achievement: { name: string } };
      subject.achievement.name = `${subject.achievement.name.slice(0, -1)}X`;
      expect((await verify(tampered)).verified).toBe(false);
    }

    const context = await run.newContext();
    const page = await context.newPage();
    await page.goto(`${run.server.url}/credentials/${ids[0]}`);
    await page.getByText("Verified", { exact: true }).waitFor();
    await expectAccessible(page);
    await context.close();
  });
});
