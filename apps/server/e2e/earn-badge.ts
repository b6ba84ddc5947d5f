import { type APIRequestContext, request } from "playwright-core";
import { DEMO_PASSWORD } from "./browser.ts";

/*
 * A badge earned over HTTP, as the apps earn one: Maria submits evidence for every requirement
 * and Leah, a certified reviewer, scores it at the top level. For browser tests that start from
 * an earned badge rather than walk the journey (micro-credential-journey does that).
 */

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

/** A signed-in HTTP client speaking tRPC the way the apps do; `keep` disposes of it later. */
export async function signedInClient(
  serverUrl: string,
  email: string,
  keep: (client: APIRequestContext) => void,
) {
  const client = await request.newContext({ baseURL: serverUrl });
  keep(client);
  const signIn = await client.post("/api/auth/sign-in/email", {
    data: { email, password: DEMO_PASSWORD },
  });
  if (!signIn.ok()) throw new Error(`Sign-in failed for ${email}: ${signIn.status()}`);
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
export async function earnBadge(
  serverUrl: string,
  credentialName: string,
  keep: (client: APIRequestContext) => void,
): Promise<void> {
  const maria = await signedInClient(serverUrl, "teacher@maplevalley.test", keep);
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

  const leah = await signedInClient(serverUrl, "leah.whitfield@maplevalley.test", keep);
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
