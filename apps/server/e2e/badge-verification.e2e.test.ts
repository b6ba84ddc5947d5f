import { DataIntegrityProof } from "@digitalbazaar/data-integrity";
import { cryptosuite } from "@digitalbazaar/eddsa-rdfc-2022-cryptosuite";
import * as vc from "@digitalbazaar/vc";
import { didDocumentUrl } from "@throughline/open-badges/did-web";
import { createDocumentLoader } from "@throughline/open-badges/document-loader";
import { openBadgeCredentialSchema } from "@throughline/open-badges/open-badge-schema";
import { type APIRequestContext, request } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, expectAccessible } from "./browser.ts";
import { serverAndBrowserPerFile } from "./fixture.ts";

interface Requirement {
  key: string;
  kind: "files" | "reflection" | "link";
  minItems: number;
  minWords: number;
  optional: boolean;
}
interface Rubric {
  levels: Array<{ key: string }>;
  criteria: Array<{ key: string }>;
}

const run = serverAndBrowserPerFile();
const clients: APIRequestContext[] = [];
afterAll(async () => {
  for (const client of clients) await client.dispose();
});

/** A signed-in HTTP client speaking tRPC the way the apps do. */
async function signedIn(email: string) {
  const client = await request.newContext({ baseURL: run.server.url });
  clients.push(client);
  const signIn = await client.post("/api/auth/sign-in/email", {
    data: { email, password: DEMO_PASSWORD },
  });
  expect(signIn.ok()).toBe(true);
  const unwrap = async <T>(response: Awaited<ReturnType<APIRequestContext["get"]>>) => {
    if (!response.ok()) throw new Error(`${response.url()}: ${await response.text()}`);
    return ((await response.json()) as { result: { data: { json: T } } }).result.data.json;
  };
  return {
    client,
    query: async <T>(path: string, input?: unknown) =>
      unwrap<T>(
        await client.get(
          `/trpc/${path}${input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`}`,
        ),
      ),
    mutate: async <T>(path: string, input: unknown) =>
      unwrap<T>(await client.post(`/trpc/${path}`, { data: { json: input } })),
  };
}

/** Maria submits evidence for every requirement; Leah (a certified reviewer) scores it top. */
async function earn(credentialName: string): Promise<void> {
  const maria = await signedIn("teacher@maplevalley.test");
  const open =
    await maria.query<Array<{ credentialId: string; name: string; requirements: Requirement[] }>>(
      "credentials.list",
    );
  const credential = open.find((entry) => entry.name === credentialName);
  if (!credential) throw new Error(`${credentialName} is not open to Maria.`);
  const { submissionId } = await maria.mutate<{ submissionId: string }>("credentials.start", {
    credentialId: credential.credentialId,
  });
  for (const requirement of credential.requirements) {
    if (requirement.kind === "files") {
      for (let item = 0; item < requirement.minItems; item += 1) {
        // The upload route takes the requirement in its address and the submission in the form.
        const upload = await maria.client.post(
          `/files/submission-evidence?requirementKey=${encodeURIComponent(requirement.key)}`,
          {
            multipart: {
              submissionId,
              file: {
                name: `evidence-${item + 1}.pdf`,
                mimeType: "application/pdf",
                buffer: Buffer.from("%PDF-1.4\n% classroom evidence\n"),
              },
            },
          },
        );
        if (!upload.ok()) throw new Error(`Upload refused: ${await upload.text()}`);
        const { itemId } = (await upload.json()) as { itemId: string };
        await maria.mutate("credentials.updateEvidence", {
          itemId,
          annotation: "What this shows about the standard.",
        });
      }
    } else if (requirement.kind === "reflection") {
      const words = Array.from({ length: requirement.minWords + 5 }, (_, i) => `word${i}`);
      await maria.mutate("credentials.addEvidence", {
        submissionId,
        requirementKey: requirement.key,
        source: "text",
        text: words.join(" "),
      });
    } else if (!requirement.optional) {
      await maria.mutate("credentials.addEvidence", {
        submissionId,
        requirementKey: requirement.key,
        source: "link",
        url: "https://video.example.org/lesson",
      });
    }
  }
  await maria.mutate("credentials.submit", { submissionId });

  const leah = await signedIn("leah.whitfield@maplevalley.test");
  const review = await leah.query<{ rubric: Rubric }>("credentialReviews.submission", {
    submissionId,
  });
  const top = review.rubric.levels.at(-1)?.key ?? "";
  const scores = Object.fromEntries(review.rubric.criteria.map((c) => [c.key, top]));
  const feedback = Object.fromEntries(
    review.rubric.criteria.map((c) => [c.key, "Clear evidence of this criterion."]),
  );
  await leah.mutate("credentialReviews.submit", { submissionId, scores, feedback, summary: "" });
}

describe("issued badges verify offline against the running server", () => {
  it("every issued credential verifies, conforms to Open Badges 3.0 and resists tampering", async () => {
    await earn("Learning-Focused Lesson Design");
    await earn("Higher-Order Questioning");

    const maria = await signedIn("teacher@maplevalley.test");
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
