import type { Transaction } from "@throughline/db/client";
import {
  listEarnedBadges,
  listSessionCourses,
  listStageCompletions,
} from "@throughline/db/queries/enrolments/completion-certificates";
import { districtTimeZone } from "@throughline/db/queries/notifications/notice-facts";
import {
  type CompletionCertificate,
  completionCertificates,
} from "@throughline/domain/completion-certificate";

/** The certificates the teacher has earned: completed stages, finished courses, badges. */
export async function teacherCertificates(
  tx: Transaction,
  params: { districtId: string; personId: string },
): Promise<CompletionCertificate[]> {
  const [stages, courses, badges, timeZone] = await Promise.all([
    listStageCompletions(tx, params),
    listSessionCourses(tx, params),
    listEarnedBadges(tx, params),
    districtTimeZone(tx, params.districtId),
  ]);
  return completionCertificates({ stages, courses, badges }, timeZone);
}
