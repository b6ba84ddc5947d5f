import {
  awardedBadge,
  credentialSubmission,
  credentialVersion,
  person,
  reviewerCertification,
} from "@throughline/db/schema";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { demoEmail } from "../../testing/demo-emails.ts";
import { insertAwardedBadge } from "../../testing/earned-badge-fixture.ts";
import { codeOf } from "../../testing/error-code.ts";
import { refusalOf } from "../../testing/field-errors.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";

const DAY_MS = 86_400_000;

const api = testApiPerFile();

async function personNamed(email: string) {
  const [row] = await api.db.select().from(person).where(eq(person.email, email));
  if (!row) throw new Error(`no ${email}`);
  return row;
}

async function firstCredential() {
  const { credentials } = await (await api.callerFor(demoEmail.admin)).credentialAdmin.list();
  const found = credentials.find((row) => row.name === "Higher-Order Questioning");
  if (!found) throw new Error("no seeded credential");
  return found;
}

describe("reviewers and review settings", () => {
  it("lists leads and certified reviewers with expiry, flagging expired and expiring", async () => {
    const credential = await firstCredential();
    const janelle = await personNamed(demoEmail.coach);
    const principal = await personNamed(demoEmail.principal);
    const now = Date.now();
    await api.db.insert(reviewerCertification).values([
      {
        districtId: janelle.districtId,
        personId: janelle.id,
        credentialId: credential.id,
        certifiedAt: new Date(now - 740 * DAY_MS),
        expiresAt: new Date(now - 10 * DAY_MS),
      },
      {
        districtId: principal.districtId,
        personId: principal.id,
        credentialId: credential.id,
        certifiedAt: new Date(now - 700 * DAY_MS),
        expiresAt: new Date(now + 30 * DAY_MS),
      },
    ]);
    const { credentials } = await (
      await api.callerFor(demoEmail.admin)
    ).credentialAdmin.reviewers();
    const row = credentials.find((entry) => entry.id === credential.id);
    const byName = new Map(row?.reviewers.map((reviewer) => [reviewer.name, reviewer]));
    expect(byName.get("Theresa Lam")).toMatchObject({ isLead: true });
    expect(byName.get("Leah Whitfield")).toMatchObject({ isLead: false, standing: "current" });
    expect(byName.get("Janelle Brooks")).toMatchObject({ standing: "expired" });
    expect(byName.get(principal.displayName)).toMatchObject({ standing: "expiring" });
  });

  it("measures the review queue in whole days", async () => {
    const credential = await firstCredential();
    const teacher = await personNamed("teacher@maplevalley.test");
    const [version] = await api.db
      .select()
      .from(credentialVersion)
      .where(eq(credentialVersion.credentialId, credential.id));
    if (!version) throw new Error("no version");
    const now = Date.now();
    await api.db.insert(credentialSubmission).values(
      [2, 9].map((days, index) => ({
        districtId: teacher.districtId,
        credentialId: credential.id,
        versionId: version.id,
        personId: teacher.id,
        attempt: 90 + index,
        status: "submitted" as const,
        submittedAt: new Date(now - days * DAY_MS - 3_600_000),
      })),
    );
    const { credentials } = await (
      await api.callerFor(demoEmail.admin)
    ).credentialAdmin.reviewers();
    const queue = credentials.find((entry) => entry.id === credential.id)?.queue;
    expect(queue?.waiting).toBeGreaterThanOrEqual(2);
    expect(queue?.oldestDays).toBeGreaterThanOrEqual(9);
  });

  it("names and removes a lead reviewer; only coaches and district staff may lead", async () => {
    const admin = await api.callerFor(demoEmail.admin);
    const credential = await firstCredential();
    const leah = await personNamed("leah.whitfield@maplevalley.test");
    const teacher = await personNamed("teacher@maplevalley.test");
    await admin.credentialAdmin.nameLead({ credentialId: credential.id, personId: leah.id });
    const leads = async () =>
      (await admin.credentialAdmin.reviewers()).credentials
        .find((entry) => entry.id === credential.id)
        ?.reviewers.filter((reviewer) => reviewer.isLead)
        .map((reviewer) => reviewer.name);
    expect(await leads()).toContain("Leah Whitfield");
    await admin.credentialAdmin.removeLead({ credentialId: credential.id, personId: leah.id });
    expect(await leads()).not.toContain("Leah Whitfield");
    const refusal = await refusalOf(
      admin.credentialAdmin.nameLead({ credentialId: credential.id, personId: teacher.id }),
    );
    expect(refusal.fieldErrors?.map((problem) => problem.path)).toEqual(["personId"]);
    expect(
      await codeOf(
        admin.credentialAdmin.removeLead({ credentialId: credential.id, personId: leah.id }),
      ),
    ).toBe("NOT_FOUND");
  });

  it("saves the review settings; principals may not", async () => {
    const admin = await api.callerFor(demoEmail.admin);
    expect(await admin.credentialAdmin.reviewSettings()).toEqual({
      excludesCoached: true,
      blind: false,
      reviewsRequired: 1,
      waitingDays: 7,
    });
    const saved = await admin.credentialAdmin.saveReviewSettings({
      excludesCoached: true,
      blind: true,
      reviewsRequired: 2,
      waitingDays: 5,
    });
    expect(saved).toEqual({
      excludesCoached: true,
      blind: true,
      reviewsRequired: 2,
      waitingDays: 5,
    });
    const refusal = await refusalOf(
      admin.credentialAdmin.saveReviewSettings({ ...saved, waitingDays: 0 }),
    );
    expect(refusal.fieldErrors?.map((problem) => problem.path)).toEqual(["waitingDays"]);
    const principal = await api.callerFor(demoEmail.principal);
    expect(await codeOf(principal.credentialAdmin.reviewSettings())).toBe("FORBIDDEN");
    expect(await codeOf(principal.credentialAdmin.reviewers())).toBe("FORBIDDEN");
  });
});

describe("revoking an awarded badge", () => {
  it("revokes with a reason, refuses twice, and refuses anyone but district staff", async () => {
    const credential = await firstCredential();
    const teacher = await personNamed("teacher@maplevalley.test");
    const admin = await personNamed(demoEmail.admin);
    const badge = await insertAwardedBadge(api.db, {
      districtId: teacher.districtId,
      personId: teacher.id,
      credentialId: credential.id,
      attempt: 50,
      statusIndex: 77_777,
    });

    const caller = await api.callerFor(demoEmail.admin);
    const listed = await caller.credentialAdmin.awardedBadges({ search: "delgado" });
    expect(listed.find((row) => row.id === badge.id)).toMatchObject({ standing: "active" });

    const principal = await api.callerFor(demoEmail.principal);
    expect(
      await codeOf(principal.credentialAdmin.revokeBadge({ badgeId: badge.id, reason: "No." })),
    ).toBe("FORBIDDEN");
    const blank = await refusalOf(
      caller.credentialAdmin.revokeBadge({ badgeId: badge.id, reason: " " }),
    );
    expect(blank.fieldErrors?.map((problem) => problem.path)).toEqual(["reason"]);

    await caller.credentialAdmin.revokeBadge({ badgeId: badge.id, reason: "Evidence was copied." });
    const [stored] = await api.db.select().from(awardedBadge).where(eq(awardedBadge.id, badge.id));
    expect(stored).toMatchObject({ revokedById: admin.id, revokedReason: "Evidence was copied." });
    expect(stored?.revokedAt).toBeInstanceOf(Date);
    const twice = await refusalOf(
      caller.credentialAdmin.revokeBadge({ badgeId: badge.id, reason: "Again." }),
    );
    expect(twice.code).toBe("BAD_REQUEST");
    const after = await caller.credentialAdmin.awardedBadges({ search: "" });
    expect(after.find((row) => row.id === badge.id)?.standing).toBe("revoked");
  });
});
