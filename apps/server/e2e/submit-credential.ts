import type { APIRequestContext } from "playwright-core";
import { signedInClient } from "./signed-in-client.ts";

/*
 * A teacher's micro-credential submitted over HTTP, as the teacher app submits one: evidence
 * for every requirement, then "Submit for review". For browser tests about reviewing, which
 * start from submitted work rather than walk the teacher's pages.
 */

interface Requirement {
  key: string;
  kind: "files" | "reflection" | "link";
  minItems: number;
  minWords: number;
  optional: boolean;
}

export async function submitCredential(
  serverUrl: string,
  params: { email: string; credentialName: string },
  keep: (client: APIRequestContext) => void,
): Promise<string> {
  const teacher = await signedInClient(serverUrl, params.email, keep);
  const open =
    await teacher.query<Array<{ credentialId: string; name: string; requirements: Requirement[] }>>(
      "credentials.list",
    );
  const credential = open.find((entry) => entry.name === params.credentialName);
  if (!credential) throw new Error(`${params.credentialName} is not open to ${params.email}.`);
  const { submissionId } = await teacher.mutate<{ submissionId: string }>("credentials.start", {
    credentialId: credential.credentialId,
  });
  for (const requirement of credential.requirements) {
    if (requirement.kind === "files") {
      for (let item = 0; item < requirement.minItems; item += 1) {
        const upload = await teacher.client.post(
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
        await teacher.mutate("credentials.updateEvidence", {
          itemId,
          annotation: "What this shows about the standard.",
        });
      }
    } else if (requirement.kind === "reflection") {
      const words = Array.from({ length: requirement.minWords + 5 }, (_, i) => `word${i}`);
      await teacher.mutate("credentials.addEvidence", {
        submissionId,
        requirementKey: requirement.key,
        source: "text",
        text: `The exit tickets showed growth. ${words.join(" ")}`,
      });
    } else if (!requirement.optional) {
      await teacher.mutate("credentials.addEvidence", {
        submissionId,
        requirementKey: requirement.key,
        source: "link",
        url: "https://video.example.org/lesson",
      });
    }
  }
  await teacher.mutate("credentials.submit", { submissionId });
  return submissionId;
}
