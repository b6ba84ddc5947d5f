import { and, asc, eq, inArray, isNotNull } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import {
  credentialReview,
  credentialSubmission,
  credentialVersion,
  person,
  roleMembership,
  school,
} from "../../schema/index.ts";
import {
  schoolOfMembership,
  teacherOfSubmission,
  versionOfSubmission,
} from "../sql/same-district-joins.ts";

/** Submitted (undecided) submissions of the given credentials, oldest first. */
export async function submittedSubmissions(
  tx: Transaction,
  params: { credentialIds: readonly string[] },
) {
  if (params.credentialIds.length === 0) return [];
  return tx
    .select({
      id: credentialSubmission.id,
      credentialId: credentialSubmission.credentialId,
      personId: credentialSubmission.personId,
      attempt: credentialSubmission.attempt,
      submittedAt: credentialSubmission.submittedAt,
      credentialName: credentialVersion.name,
      teacherName: person.displayName,
    })
    .from(credentialSubmission)
    .innerJoin(credentialVersion, versionOfSubmission)
    .innerJoin(person, teacherOfSubmission)
    .where(
      and(
        eq(credentialSubmission.status, "submitted"),
        isNotNull(credentialSubmission.submittedAt),
        inArray(credentialSubmission.credentialId, [...params.credentialIds]),
      ),
    )
    .orderBy(asc(credentialSubmission.submittedAt));
}

/** Every review row (drafts included) of the given submissions. */
export async function reviewsOfSubmissions(tx: Transaction, submissionIds: readonly string[]) {
  if (submissionIds.length === 0) return [];
  return tx
    .select()
    .from(credentialReview)
    .where(inArray(credentialReview.submissionId, [...submissionIds]))
    .orderBy(asc(credentialReview.submittedAt), asc(credentialReview.createdAt));
}

/** Teacher id → the names of the schools they teach at, joined for display. */
export async function teacherSchoolNames(
  tx: Transaction,
  personIds: readonly string[],
): Promise<Map<string, string>> {
  if (personIds.length === 0) return new Map();
  const rows = await tx
    .select({ personId: roleMembership.personId, name: school.name })
    .from(roleMembership)
    .innerJoin(school, schoolOfMembership)
    .where(
      and(eq(roleMembership.role, "teacher"), inArray(roleMembership.personId, [...personIds])),
    )
    .orderBy(asc(school.name));
  const names = new Map<string, string[]>();
  for (const row of rows) {
    const list = names.get(row.personId) ?? [];
    if (!list.includes(row.name)) list.push(row.name);
    names.set(row.personId, list);
  }
  return new Map([...names].map(([id, list]) => [id, list.join(", ")]));
}
