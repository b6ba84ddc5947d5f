import type { APIRequestContext } from "playwright-core";
import { signedInClient } from "./signed-in-client.ts";
import { submitCredential } from "./submit-credential.ts";

/*
 * A badge earned over HTTP, as the apps earn one: Maria submits evidence for every requirement
 * and Leah, a certified reviewer, scores it at the top level. For browser tests that start from
 * an earned badge rather than walk the journey (micro-credential-journey does that).
 */

interface Rubric {
  levels: Array<{ key: string }>;
  criteria: Array<{ key: string }>;
}

/** Maria submits evidence for every requirement; Leah (a certified reviewer) scores it top. */
export async function earnBadge(
  serverUrl: string,
  credentialName: string,
  keep: (client: APIRequestContext) => void,
): Promise<void> {
  const submissionId = await submitCredential(
    serverUrl,
    { email: "teacher@maplevalley.test", credentialName },
    keep,
  );

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
