import { cohort } from "../../schema/index.ts";

/** A cohort's introductory workshop: when and where it is, its video and what it covers. */
export const workshopColumns = {
  startsAt: cohort.workshopStartsAt,
  location: cohort.workshopLocation,
  videoUrl: cohort.workshopVideoUrl,
  description: cohort.workshopDescription,
  minutes: cohort.workshopMinutes,
};
