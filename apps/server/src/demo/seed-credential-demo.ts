import type { BadgeIssuerConfig } from "@throughline/api/credentials/award-badge";
import { awardBadge } from "@throughline/api/credentials/award-badge";
import type { FileStorage } from "@throughline/api/files/storage";
import type { Database, Transaction } from "@throughline/db/client";
import { findDistrictBySlug } from "@throughline/db/queries/districts/public-district";
import {
  credentialHasSubmissions,
  type DemoCredentialVersion,
  findNewestVersionNamed,
  insertDemoEvidence,
  insertDemoReview,
  insertDemoSubmission,
} from "@throughline/db/seed/demo-credential-work";
import { withTenant } from "@throughline/db/tenant";
import type { CriterionScores } from "@throughline/domain/credential";
import { outcomeOf } from "@throughline/domain/rules/credential-passing";
import { missingRequirements } from "@throughline/domain/rules/submission-readiness";
import { type DemoLesson, demoEvidence, demoLessons } from "./credential-demo-content.ts";
import {
  type DemoPerson,
  demoEarner,
  demoSubmitters,
  personByEmail,
  REVIEWER_EMAILS,
} from "./demo-teachers.ts";

/*
 * Micro-credential demo data, written once right after the demo districts are seeded: two
 * submissions of "Learning-Focused Lesson Design" waiting for review (3 and 9 days, one past
 * the district's 7-day flag) and one badge earned 20 days ago, reviewed by Leah Whitfield, by a
 * teacher who finished the credential's stage (a badge never sits beside 0 sessions).
 */

export const DEMO_CREDENTIAL = "Learning-Focused Lesson Design";
const DISTRICT_SLUG = "maple-valley";
const dayMs = 86_400_000;

export interface CredentialDemoDeps {
  db: Database;
  storage: FileStorage;
  /** Signs the earned badge. */
  issuer: BadgeIssuerConfig;
  now?: Date;
}

async function writeSubmission(
  tx: Transaction,
  deps: CredentialDemoDeps,
  params: {
    version: DemoCredentialVersion;
    teacher: DemoPerson;
    lesson: DemoLesson;
    submittedAt: Date;
    decidedAt: Date | null;
  },
): Promise<string> {
  const { version, teacher } = params;
  const items = demoEvidence(version.requirements, params.lesson, teacher.displayName);
  const facts = items.map((item) => ({
    requirementKey: item.requirementKey,
    source: item.file ? ("upload" as const) : ("text" as const),
    annotation: item.annotation,
    text: item.text,
    url: null,
  }));
  // The queue must show work a reviewer can finish: complete by the credential's own rules.
  const missing = missingRequirements(version.requirements, facts);
  if (missing.length > 0) throw new Error("The demo evidence does not meet the requirements.");

  const submissionId = await insertDemoSubmission(tx, {
    districtId: version.districtId,
    credentialId: version.credentialId,
    versionId: version.id,
    personId: teacher.id,
    attempt: 1,
    status: params.decidedAt ? "earned" : "submitted",
    submittedAt: params.submittedAt,
    decidedAt: params.decidedAt,
    createdAt: new Date(params.submittedAt.getTime() - 2 * dayMs),
  });

  for (const item of items) {
    const stored = item.file
      ? await deps.storage.put({ districtId: version.districtId, bytes: item.file.bytes })
      : null;
    await insertDemoEvidence(tx, {
      districtId: version.districtId,
      submissionId,
      requirementKey: item.requirementKey,
      position: item.position,
      source: item.file ? "upload" : "text",
      fileName: item.file?.fileName ?? null,
      contentType: item.file ? "application/pdf" : null,
      sizeBytes: item.file?.bytes.byteLength ?? null,
      storageKey: stored?.key ?? null,
      text: item.text,
      annotation: item.annotation,
    });
  }
  return submissionId;
}

/** Leah's review that earned the badge: every criterion at the passing level. */
async function writeEarningReview(
  tx: Transaction,
  params: {
    version: DemoCredentialVersion;
    submissionId: string;
    reviewerId: string;
    decidedAt: Date;
  },
): Promise<void> {
  const { version } = params;
  const scores: CriterionScores = Object.fromEntries(
    version.rubric.criteria.map((criterion) => [criterion.key, version.passingRule.minimumLevel]),
  );
  const result = outcomeOf(version.rubric, version.passingRule, scores);
  if (!result.complete || result.outcome !== "earned") {
    throw new Error("The demo review does not earn the credential under its passing rule.");
  }
  await insertDemoReview(tx, {
    districtId: version.districtId,
    submissionId: params.submissionId,
    reviewerId: params.reviewerId,
    kind: "independent",
    scores,
    feedback: Object.fromEntries(
      version.rubric.criteria.map((criterion) => [
        criterion.key,
        `Clear evidence for “${criterion.name}” in the plan and the student work.`,
      ]),
    ),
    summary:
      "A lesson planned backward from the standard, and a reflection that uses the student work to plan what comes next. Well earned.",
    outcome: "earned",
    submittedAt: params.decidedAt,
  });
}

/**
 * Writes the demo's submissions and badge, unless the credential already has submissions (so
 * a second run, or a district someone has used, is left alone). Whether it wrote anything.
 */
export async function seedCredentialDemo(deps: CredentialDemoDeps): Promise<boolean> {
  const now = deps.now ?? new Date();
  const daysAgo = (days: number) => new Date(now.getTime() - days * dayMs);
  const found = await findDistrictBySlug(deps.db, DISTRICT_SLUG);
  if (!found) return false;

  return withTenant(deps.db, found.id, async (tx) => {
    const version = await findNewestVersionNamed(tx, DEMO_CREDENTIAL);
    if (!version) return false;
    if (await credentialHasSubmissions(tx, version.credentialId)) return false;

    const leah = await personByEmail(tx, REVIEWER_EMAILS.leah);
    const earner = version.stageId
      ? await demoEarner(tx, { stageId: version.stageId, reviewerId: leah.id })
      : null;
    const [waitingThree, waitingNine] = await demoSubmitters(tx, 2, earner ? [earner.id] : []);
    const waiting = [
      { teacher: waitingThree, days: 3, lesson: demoLessons.retelling },
      { teacher: waitingNine, days: 9, lesson: demoLessons.comparing },
    ];
    for (const entry of waiting) {
      if (!entry.teacher) continue;
      await writeSubmission(tx, deps, {
        version,
        teacher: entry.teacher,
        lesson: entry.lesson,
        submittedAt: daysAgo(entry.days),
        decidedAt: null,
      });
    }
    if (earner) {
      const decidedAt = daysAgo(20);
      const submissionId = await writeSubmission(tx, deps, {
        version,
        teacher: earner,
        lesson: demoLessons.opinion,
        submittedAt: daysAgo(24),
        decidedAt,
      });
      await writeEarningReview(tx, { version, submissionId, reviewerId: leah.id, decidedAt });
      await awardBadge(
        tx,
        { districtId: version.districtId, submissionId, now: decidedAt },
        deps.issuer,
      );
    }
    return true;
  });
}
