import { membershipFor } from "@throughline/db/testing";
import { describe, expect, it } from "vitest";
import { demoEmail } from "../../testing/demo-emails.ts";
import { insertAwardedBadge } from "../../testing/earned-badge-fixture.ts";
import { codeOf } from "../../testing/error-code.ts";
import { mapleValleyIndicatorIds } from "../../testing/maple-valley-ids.ts";
import { coachingVisitStart } from "../../testing/observation-start-input.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";

/* Publishing an observation and revoking a badge are on the audit log; a refused revocation is not. */

const api = testApiPerFile();

describe("audited records", () => {
  it("publishing an observation records the status before and after", async () => {
    const coach = await api.callerFor(demoEmail.coach);
    const maria = (await membershipFor(api.db, demoEmail.teacher)).personId;
    const [indicatorId = ""] = await mapleValleyIndicatorIds(api.db, 1);
    const { observationId } = await coach.observations.start(
      coachingVisitStart(maria, [indicatorId]),
    );
    await coach.observations.saveDraft({
      observationId,
      baseRevision: 0,
      observedOn: "2030-01-08",
      classLabel: "Period 2",
      durationMinutes: 30,
      ratings: [{ indicatorId, levelRank: 2, lookFors: "Pairs restate the question" }],
      notes: [],
    });
    await coach.observations.publish({ observationId });
    const admin = await api.callerFor(demoEmail.admin);
    const { entries } = await admin.auditLog.list({ filter: { action: "observation.published" } });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      subjectKind: "observation",
      subjectId: observationId,
      before: { status: "draft" },
      after: { status: "published" },
    });
    // What the coach wrote is not copied into the log.
    expect(JSON.stringify(entries[0])).not.toContain("Pairs restate the question");
  });

  it("revoking a badge records the reason; revoking it again is refused and records nothing", async () => {
    const admin = await api.callerFor(demoEmail.admin);
    const teacher = await membershipFor(api.db, demoEmail.teacher);
    const { credentials } = await admin.credentialAdmin.list();
    const credential = credentials[0];
    if (!credential) throw new Error("no seeded credential");
    const badge = await insertAwardedBadge(api.db, {
      districtId: teacher.districtId,
      personId: teacher.personId,
      credentialId: credential.id,
      attempt: 51,
      statusIndex: 88_888,
    });

    await admin.credentialAdmin.revokeBadge({ badgeId: badge.id, reason: "Evidence was copied." });
    expect(
      await codeOf(admin.credentialAdmin.revokeBadge({ badgeId: badge.id, reason: "Again." })),
    ).toBe("BAD_REQUEST");
    const { entries } = await admin.auditLog.list({ filter: { action: "badge.revoked" } });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      subjectKind: "awarded_badge",
      subjectId: badge.id,
      after: { revoked_reason: "Evidence was copied." },
    });
  });
});
