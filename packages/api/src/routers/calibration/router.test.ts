import { rawRows } from "@throughline/db/testing";
import { CERTIFICATION_DAYS } from "@throughline/domain/credential";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { LESSON_DESIGN } from "../../testing/credential-reviews-fixture.ts";
import { codeOf } from "../../testing/error-code.ts";
import { refusalOf } from "../../testing/field-errors.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";

const api = testApiPerFile();
let credentialId: string;
let reference: { id: string; reference_scores: Record<string, string> };

beforeAll(async () => {
  const [found] = await rawRows<{
    credential_id: string;
    id: string;
    reference_scores: Record<string, string>;
  }>(
    api.db,
    sql`select v.credential_id::text as credential_id, s.id::text as id, s.reference_scores
        from credential_version v join calibration_sample s on s.version_id = v.id
        join district d on d.id = v.district_id
        where d.slug = 'maple-valley' and v.name = ${LESSON_DESIGN}`,
  );
  if (!found) throw new Error("No calibration sample seeded");
  credentialId = found.credential_id;
  reference = found;
});

describe("calibration", () => {
  it("sends the samples without the lead's scores, and refuses teachers", async () => {
    const janelle = await api.callerFor("coach@maplevalley.test");
    const set = await janelle.calibration.set({ credentialId });
    expect(set.samples.map((sample) => sample.id)).toEqual([reference.id]);
    expect(set.access).toEqual({ may: true });
    const payload = JSON.stringify(set);
    expect(payload).not.toContain("referenceScores");
    expect(payload).not.toContain("referenceFeedback");
    const maria = await api.callerFor("teacher@maplevalley.test");
    expect(await codeOf(maria.calibration.set({ credentialId }))).toBe("FORBIDDEN");
  });

  it("fails with where they differed, then certifies on a retake that agrees", async () => {
    const janelle = await api.callerFor("coach@maplevalley.test");
    const set = await janelle.calibration.set({ credentialId });
    const keys = Object.keys(reference.reference_scores);
    const incomplete = await refusalOf(
      janelle.calibration.submit({ credentialId, versionId: set.versionId, answers: {} }),
    );
    expect(incomplete.code).toBe("BAD_REQUEST");

    const wrong = Object.fromEntries(keys.map((key) => [key, "beginning"]));
    const failed = await janelle.calibration.submit({
      credentialId,
      versionId: set.versionId,
      answers: { [reference.id]: wrong },
    });
    expect(failed.certified).toBe(false);
    expect(failed.certifiedUntil).toBeNull();
    expect(failed.differences).toHaveLength(keys.length);
    expect(failed.differences[0]).toMatchObject({ yourLevel: "Beginning" });
    expect(failed.differences[0]?.leadFeedback).not.toBe("");

    const passed = await janelle.calibration.submit({
      credentialId,
      versionId: set.versionId,
      answers: { [reference.id]: reference.reference_scores },
    });
    expect(passed.certified).toBe(true);
    const days = ((passed.certifiedUntil?.getTime() ?? 0) - Date.now()) / 86_400_000;
    expect(Math.round(days)).toBe(CERTIFICATION_DAYS);
    const attempts = await rawRows(
      api.db,
      sql`select id from calibration_attempt where credential_id = ${credentialId}`,
    );
    expect(attempts).toHaveLength(2);

    // Certified: no retake until 60 days before expiry.
    const after = await janelle.calibration.set({ credentialId });
    expect(after.access).toMatchObject({ may: false, reason: "certified" });
    const again = janelle.calibration.submit({
      credentialId,
      versionId: set.versionId,
      answers: { [reference.id]: reference.reference_scores },
    });
    expect(await codeOf(again)).toBe("CONFLICT");

    await rawRows(
      api.db,
      sql`update reviewer_certification set expires_at = now() + interval '30 days'
          where credential_id = ${credentialId} and attempt_id is not null`,
    );
    expect((await janelle.calibration.set({ credentialId })).access).toEqual({ may: true });
    await rawRows(
      api.db,
      sql`update reviewer_certification set expires_at = now() - interval '1 day'
          where credential_id = ${credentialId} and attempt_id is not null`,
    );
    expect((await janelle.calibration.set({ credentialId })).certifiedUntil).toBeNull();
  });

  it("lead reviewers need no calibration", async () => {
    const theresa = await api.callerFor("theresa.lam@maplevalley.test");
    const set = await theresa.calibration.set({ credentialId });
    expect(set.access).toEqual({ may: false, reason: "lead_reviewer" });
    const submit = theresa.calibration.submit({
      credentialId,
      versionId: set.versionId,
      answers: { [reference.id]: reference.reference_scores },
    });
    expect(await codeOf(submit)).toBe("CONFLICT");
  });
});
