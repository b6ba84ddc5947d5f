import type { Database } from "@throughline/db/client";
import { rawRows } from "@throughline/db/testing";
import { sql } from "drizzle-orm";

/*
 * Test fixtures for reviewing: submissions written straight to the database (the teacher's
 * pages that make them are tested on their own), and certifications without a calibration.
 */

export const LESSON_DESIGN = "Learning-Focused Lesson Design";

async function personOf(db: Database, email: string) {
  const [found] = await rawRows<{ id: string; district_id: string }>(
    db,
    sql`select id::text as id, district_id::text as district_id from person where email = ${email}`,
  );
  if (!found) throw new Error(`No person ${email}`);
  return found;
}

/** A submitted attempt (the next number unless given) with a written reflection and an uploaded file, `daysAgo` days old. */
export async function insertSubmission(
  db: Database,
  params: { email: string; credentialName?: string; daysAgo?: number; attempt?: number },
) {
  const teacher = await personOf(db, params.email);
  const [version] = await rawRows<{ id: string; credential_id: string; rubric: unknown }>(
    db,
    sql`select id::text as id, credential_id::text as credential_id, rubric from credential_version
        where district_id = ${teacher.district_id} and name = ${params.credentialName ?? LESSON_DESIGN}
        order by version desc limit 1`,
  );
  if (!version) throw new Error("No such credential");
  const submittedAt = new Date(Date.now() - (params.daysAgo ?? 2) * 86_400_000);
  const [submission] = await rawRows<{ id: string }>(
    db,
    sql`insert into credential_submission
          (district_id, credential_id, version_id, person_id, attempt, status, submitted_at)
        select ${teacher.district_id}, ${version.credential_id}, ${version.id}, ${teacher.id},
          coalesce(${params.attempt ?? null}::int, coalesce(max(attempt), 0) + 1), 'submitted',
          ${submittedAt.toISOString()}
        from credential_submission
        where person_id = ${teacher.id} and credential_id = ${version.credential_id}
        returning id::text as id`,
  );
  if (!submission) throw new Error("No submission written");
  await rawRows(
    db,
    sql`insert into submission_evidence
          (district_id, submission_id, requirement_key, position, source, text, annotation,
           file_name, content_type, size_bytes, storage_key)
        values
          (${teacher.district_id}, ${submission.id}, 'reflection', 0, 'text',
           'The exit tickets showed most students could compare unlike denominators.', '',
           null, null, null, null),
          (${teacher.district_id}, ${submission.id}, 'lesson_plan', 0, 'upload', '',
           'Backward from 4.NF.A.2.', 'fractions-lesson.pdf', 'application/pdf', 1024,
           ${`submissions/${submission.id}/plan.pdf`})`,
  );
  const rubric = version.rubric as { criteria: { key: string }[] };
  return {
    submissionId: submission.id,
    credentialId: version.credential_id,
    districtId: teacher.district_id,
    teacherId: teacher.id,
    criteria: rubric.criteria.map((criterion) => criterion.key),
  };
}

/** Certifies a person for every credential of their district, valid for `days` days. */
export async function certify(db: Database, email: string, days = 700): Promise<void> {
  const reviewer = await personOf(db, email);
  await rawRows(
    db,
    sql`insert into reviewer_certification (district_id, person_id, credential_id, certified_at, expires_at)
        select district_id, ${reviewer.id}, id, now(), now() + make_interval(days => ${days})
        from credential where district_id = ${reviewer.district_id}`,
  );
}

/** Sets the district's review settings for the next calls. */
export async function setReviewSettings(
  db: Database,
  districtId: string,
  settings: { blind?: boolean; excludesCoached?: boolean; reviewsRequired?: number },
): Promise<void> {
  await rawRows(
    db,
    sql`update district set
          review_blind = coalesce(${settings.blind ?? null}::boolean, review_blind),
          review_excludes_coached = coalesce(${settings.excludesCoached ?? null}::boolean, review_excludes_coached),
          reviews_required = coalesce(${settings.reviewsRequired ?? null}::int, reviews_required)
        where id = ${districtId}`,
  );
}

/** Every criterion at one level, with feedback on each. */
export function scoring(submissionId: string, criteria: readonly string[], level: string) {
  return {
    submissionId,
    scores: Object.fromEntries(criteria.map((key) => [key, level])),
    feedback: Object.fromEntries(criteria.map((key) => [key, `Feedback on ${key}.`])),
    summary: "Thank you for this careful work.",
  };
}
