import type { Decision } from "./access-matrix.ts";
import { admins, schoolAdmins, teachers } from "./access-matrix.ts";
import { demoTeacherOnly } from "./access-matrix-shared-decisions.ts";
import type { TestApi } from "./test-api.ts";

/*
 * PD credit in the access matrix: each place's teacher has a request waiting for review, which
 * only they change and only the principal of their school (or the district admin) decides.
 */

type Teacher = Awaited<ReturnType<TestApi["callerFor"]>>;

export interface PlaceExternalPd {
  /** The place's teacher's request for PD credit, waiting for review. */
  externalPdRequestId: string;
}

/** The place's teacher sends a request for credit, as the teacher app's form does. */
export async function placeExternalPd(teacher: Teacher): Promise<PlaceExternalPd> {
  const { requestId } = await teacher.externalPd.submit({
    title: "ASCD Annual Conference",
    provider: "ASCD",
    kind: "conference",
    startOn: "2026-10-01",
    endOn: "2026-10-02",
    hours: 12,
    description: null,
  });
  return { externalPdRequestId: requestId };
}

/** The calls that name the place's request or teacher take them instead of the shared ids. */
export const externalPdAimed: Record<
  string,
  (ids: PlaceExternalPd & { teacherId: string }) => Record<string, unknown>
> = {
  "externalPd.update": (ids) => ({ requestId: ids.externalPdRequestId }),
  "externalPd.withdraw": (ids) => ({ requestId: ids.externalPdRequestId }),
  "externalPd.approve": (ids) => ({ requestId: ids.externalPdRequestId }),
  "externalPd.return": (ids) => ({ requestId: ids.externalPdRequestId }),
  "transcript.forTeacher": (ids) => ({ personId: ids.teacherId }),
};

export const externalPdDecisions: Record<string, Decision> = {
  "externalPd.mine": teachers,
  "externalPd.submit": teachers,
  // The teacher's own request only; a decided one is refused as a CONFLICT, past the gate.
  "externalPd.update": demoTeacherOnly,
  "externalPd.withdraw": demoTeacherOnly,
  "externalPd.queue": admins,
  "externalPd.approve": schoolAdmins,
  "externalPd.return": schoolAdmins,
  "transcript.forTeacher": schoolAdmins,
  "transcript.certificates": teachers,
};
