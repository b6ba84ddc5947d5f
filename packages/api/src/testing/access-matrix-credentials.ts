import type { Database } from "@throughline/db/client";
import { rawRows } from "@throughline/db/testing";
import { sql } from "drizzle-orm";
import { insertSubmission } from "./credential-reviews-fixture.ts";
import { awardSeededBadge } from "./earned-badge-fixture.ts";
import { TEST_SERVER_SECRET, type TestApi } from "./test-api.ts";

/*
 * A place's micro-credential rows for the access matrix (the demo seeds none): its teacher's
 * draft with one piece of evidence, an attempt waiting for review by the credential's lead
 * reviewer, and an awarded badge. One credential each, since a teacher has one open attempt a
 * credential.
 */

export interface PlaceCredentials {
  /** The teacher's draft: only they may change its evidence or hand it in. */
  draftSubmissionId: string;
  /** The written reflection on that draft. */
  evidenceItemId: string;
  /** The teacher's attempt waiting for review. */
  submissionId: string;
  /** The teacher's earned badge, for revoking. */
  badgeId: string;
}

type Teacher = Awaited<ReturnType<TestApi["callerFor"]>>;

const DRAFTED = "Higher-Order Questioning";
const SUBMITTED = "Learning-Focused Lesson Design";
const EARNED = "Pre-Teaching for Acceleration";

async function credentialNamed(db: Database, email: string, name: string): Promise<string> {
  const [row] = await rawRows<{ id: string }>(
    db,
    sql`select v.credential_id::text as id from credential_version v
        join person p on p.district_id = v.district_id
        where p.email = ${email} and v.name = ${name}
        order by v.version desc limit 1`,
  );
  if (!row) throw new Error(`No credential ${name} for ${email}`);
  return row.id;
}

/**
 * The rows of `email`'s place: the draft started and its evidence written by the teacher
 * through the API (signed in as `teacher`); the submitted attempt as the review tests write it;
 * the badge awarded and signed the way a decided review awards it.
 */
export async function placeCredentials(
  api: Pick<TestApi, "db">,
  districtSlug: string,
  email: string,
  teacher: Teacher,
): Promise<PlaceCredentials> {
  const { submissionId: draftSubmissionId } = await teacher.credentials.start({
    credentialId: await credentialNamed(api.db, email, DRAFTED),
  });
  // Only the reflection: the draft still lacks its files, so handing it in is refused and it
  // stays a draft for the evidence calls that run after `credentials.submit`.
  const { itemId: evidenceItemId } = await teacher.credentials.addEvidence({
    submissionId: draftSubmissionId,
    requirementKey: "reflection",
    source: "text",
    text: "The questions I planned asked students to compare, not recall.",
  });
  const { submissionId } = await insertSubmission(api.db, { email, credentialName: SUBMITTED });
  const { badgeId } = await awardSeededBadge(api.db, {
    districtSlug,
    email,
    credentialName: EARNED,
    now: new Date(),
    issuer: { publicUrl: "http://localhost:3000", secret: TEST_SERVER_SECRET },
  });
  return { draftSubmissionId, evidenceItemId, submissionId, badgeId };
}
