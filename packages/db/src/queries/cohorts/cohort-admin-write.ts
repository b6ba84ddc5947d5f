import {
  type CreateCohortAdminInput,
  releaseDates,
  type UpdateCohortAdminInput,
} from "@throughline/domain/cohort-admin";
import { asc, eq } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { cohort, district, micropdSession, sessionRelease } from "../../schema/index.ts";

/*
 * Creating and changing cohorts. A dated cohort's `session_release` rows are written from its
 * first day and spacing whenever its pace is saved, so they always match what the admin chose.
 */

type ReleaseChoice = Pick<
  CreateCohortAdminInput,
  "releaseMode" | "firstReleaseOn" | "daysBetweenSessions"
>;

function workshopColumns(workshop: CreateCohortAdminInput["workshop"]) {
  return {
    workshopStartsAt: workshop.startsAt,
    workshopMinutes: workshop.minutes,
    workshopLocation: workshop.location,
    workshopVideoUrl: workshop.videoUrl,
    workshopDescription: workshop.description,
  };
}

/** Replaces a cohort's release dates: none when self-paced, one per session when dated. */
async function writeReleases(
  tx: Transaction,
  params: { districtId: string; cohortId: string; stageId: string; release: ReleaseChoice },
): Promise<void> {
  await tx.delete(sessionRelease).where(eq(sessionRelease.cohortId, params.cohortId));
  const { release } = params;
  if (
    release.releaseMode !== "dated" ||
    release.firstReleaseOn === null ||
    release.daysBetweenSessions === null
  ) {
    return;
  }
  const [sessions, [place]] = await Promise.all([
    tx
      .select({ id: micropdSession.id })
      .from(micropdSession)
      .where(eq(micropdSession.stageId, params.stageId))
      .orderBy(asc(micropdSession.position)),
    tx
      .select({ timeZone: district.timeZone })
      .from(district)
      .where(eq(district.id, params.districtId)),
  ]);
  const dates = releaseDates({
    sessionIds: sessions.map((row) => row.id),
    firstReleaseOn: release.firstReleaseOn,
    daysBetweenSessions: release.daysBetweenSessions,
    timeZone: place?.timeZone ?? "UTC",
  });
  if (dates.length === 0) return;
  await tx.insert(sessionRelease).values(
    dates.map((entry) => ({
      districtId: params.districtId,
      cohortId: params.cohortId,
      sessionId: entry.sessionId,
      releasesAt: entry.releasesAt,
    })),
  );
}

/** A new cohort with its workshop and, when dated, its release dates. Returns its id. */
export async function createCohort(
  tx: Transaction,
  params: { districtId: string; input: CreateCohortAdminInput },
): Promise<string> {
  const { input, districtId } = params;
  const [created] = await tx
    .insert(cohort)
    .values({
      districtId,
      schoolId: input.schoolId,
      stageId: input.stageId,
      name: input.name,
      schoolYear: input.schoolYear,
      coachId: input.coachId,
      releaseMode: input.releaseMode,
      ...workshopColumns(input.workshop),
    })
    .returning({ id: cohort.id });
  if (!created) throw new Error("Inserting a cohort returned no row.");
  await writeReleases(tx, {
    districtId,
    cohortId: created.id,
    stageId: input.stageId,
    release: input,
  });
  return created.id;
}

/** Saves a cohort's coach, pace and workshop; the release dates are written again from the pace. */
export async function updateCohort(
  tx: Transaction,
  params: { districtId: string; stageId: string; input: UpdateCohortAdminInput },
): Promise<void> {
  const { input, districtId } = params;
  await tx
    .update(cohort)
    .set({
      coachId: input.coachId,
      releaseMode: input.releaseMode,
      ...workshopColumns(input.workshop),
    })
    .where(eq(cohort.id, input.cohortId));
  await writeReleases(tx, {
    districtId,
    cohortId: input.cohortId,
    stageId: params.stageId,
    release: input,
  });
}
