import { beforeAll, describe, expect, it } from "vitest";
import { credentialDefinitionInput } from "../../testing/credential-definition-input.ts";
import { insertAwardedBadge } from "../../testing/earned-badge-fixture.ts";
import { codeOf } from "../../testing/error-code.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";
import { type TestDistrict, type TestPerson, testDistrict } from "../../testing/test-district.ts";
import { publishedCoachingVisit } from "../../testing/test-district-observations.ts";

/* Publishing an observation and revoking a badge are on the audit log; a refused revocation is not. */

const api = testApiPerFile({ seed: false });
let district: TestDistrict;
let people: Record<"teacher" | "coach", TestPerson>;

beforeAll(async () => {
  district = await testDistrict(api);
  people = await district.coachedTeacher();
});

describe("audited records", () => {
  it("publishing an observation records the status before and after", async () => {
    const coach = await district.callerFor(people.coach);
    const [indicatorId = ""] = await district.indicatorIds(1);
    const observationId = await publishedCoachingVisit(coach, {
      teacherId: people.teacher.id,
      indicatorIds: [indicatorId],
      lookFors: "Pairs restate the question",
    });
    const admin = await district.callerFor(district.admin);
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
    const admin = await district.callerFor(district.admin);
    const { credentialId } = await admin.credentialAdmin.create(credentialDefinitionInput());
    const badge = await insertAwardedBadge(api.db, {
      districtId: district.districtId,
      personId: people.teacher.id,
      credentialId,
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
