import { rawRows } from "@throughline/db/testing";
import type { CredentialDefinitionInput } from "@throughline/domain/credential-admin";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { insertSubmission, LESSON_DESIGN } from "../../testing/credential-reviews-fixture.ts";
import { codeOf } from "../../testing/error-code.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";

/*
 * A definition change made after a submission started makes version n+1; reviewers calibrate
 * on the current version, so its samples must follow when the rubric's keys stayed the same.
 */

const ADMIN = "admin@maplevalley.test";
const CANDIDATE = "coach@maplevalley.test";
const QUESTIONING = "Higher-Order Questioning";

const api = testApiPerFile();

async function credentialNamed(name: string) {
  const [found] = await rawRows<{ credential_id: string }>(
    api.db,
    sql`select v.credential_id::text as credential_id from credential_version v
        join district d on d.id = v.district_id
        where d.slug = 'maple-valley' and v.name = ${name} limit 1`,
  );
  if (!found) throw new Error(`No credential ${name}`);
  return found.credential_id;
}

/** Starts a submission on the current version, then saves the definition as `change` makes it. */
async function newVersion(
  name: string,
  change: (definition: CredentialDefinitionInput) => CredentialDefinitionInput,
) {
  const credentialId = await credentialNamed(name);
  await insertSubmission(api.db, { email: "teacher@maplevalley.test", credentialName: name });
  const admin = await api.callerFor(ADMIN);
  const { definition } = await admin.credentialAdmin.get({ credentialId });
  const saved = await admin.credentialAdmin.update({
    credentialId,
    definition: change(definition),
  });
  expect(saved.newVersion).toBe(true);
  return credentialId;
}

describe("calibration across credential versions", () => {
  it("carries the samples and the lead's scores over when the rubric keeps its keys", async () => {
    const credentialId = await credentialNamed(LESSON_DESIGN);
    const janelle = await api.callerFor(CANDIDATE);
    const before = await janelle.calibration.set({ credentialId });

    await newVersion(LESSON_DESIGN, (definition) => ({
      ...definition,
      criteriaNarrative: `${definition.criteriaNarrative} Now with clearer wording.`,
    }));

    const after = await janelle.calibration.set({ credentialId });
    expect(after.versionId).not.toBe(before.versionId);
    expect(after.samples.map((sample) => sample.title)).toEqual(
      before.samples.map((sample) => sample.title),
    );
    const [reference] = await rawRows<{ id: string; reference_scores: Record<string, string> }>(
      api.db,
      sql`select id::text as id, reference_scores from calibration_sample
          where version_id = ${after.versionId}`,
    );
    if (!reference) throw new Error("The samples were not carried over");
    const result = await janelle.calibration.submit({
      credentialId,
      versionId: after.versionId,
      answers: { [reference.id]: reference.reference_scores },
    });
    expect(result.certified).toBe(true);
  });

  it("starts the new version without samples when the rubric's keys changed", async () => {
    const credentialId = await newVersion(QUESTIONING, (definition) => {
      const levels = definition.rubric.levels;
      const pacing = {
        key: "pacing",
        name: "Wait time",
        descriptors: Object.fromEntries(levels.map((level) => [level.key, `${level.label}.`])),
      };
      return {
        ...definition,
        rubric: { levels, criteria: [...definition.rubric.criteria, pacing] },
      };
    });
    const janelle = await api.callerFor(CANDIDATE);
    const set = await janelle.calibration.set({ credentialId });
    expect(set.samples).toEqual([]);
    expect(set.access).toEqual({ may: true });
    const submit = janelle.calibration.submit({
      credentialId,
      versionId: set.versionId,
      answers: {},
    });
    expect(await codeOf(submit)).toBe("CONFLICT");
    const attempts = await rawRows(
      api.db,
      sql`select id from calibration_attempt where credential_id = ${credentialId}`,
    );
    expect(attempts).toHaveLength(0);
  });
});
