import type { DistrictBuilder } from "../district-builder.ts";
import { classroomTechnology, technologyStage1 } from "./classroom-technology.ts";

/**
 * Maple Valley runs two programs at once: its instructional framework, required of every
 * teacher, and classroom technology, required of the elementary school's teachers only. The
 * elementary school has a self-paced technology cohort; the demo teacher and three colleagues
 * are in it beside their framework stage, one colleague part-way into the first session, the
 * demo teacher not started (so the demo shows a teacher progressing in both).
 */
export function seedDemoPrograms(
  b: DistrictBuilder,
  input: {
    frameworkProgramId: string;
    schoolId: string;
    schoolYear: string;
    now: Date;
    coachId: string;
    /** The demo teacher first, then colleagues at the same school. */
    teacherIds: readonly string[];
  },
): void {
  const [stage] = b.program(classroomTechnology, [technologyStage1]);
  if (!stage) throw new Error("The technology program needs its stage.");
  b.requireProgram(input.frameworkProgramId, "teacher", null);
  b.requireProgram(stage.programId, "teacher", input.schoolId);

  const enrolledAt = b.calendar.schoolDayAt(input.now, -20, 15, 30);
  // Lists are ordered by program first; the coach's caseload, which shows one stage per teacher,
  // takes the last cohort by name among equal positions, so this name keeps the framework's.
  const cohortId = b.cohort({
    schoolId: input.schoolId,
    stage,
    name: `Maple Valley Elementary · Classroom technology · ${input.schoolYear}`,
    schoolYear: input.schoolYear,
    coachId: input.coachId,
    releaseMode: "self_paced",
    workshop: {
      startsAt: enrolledAt,
      location: "Maple Valley Elementary, Computer Lab",
      description:
        "A hands-on hour with the devices in your room: one quick check, one shared board and one recorded explanation, each tried as a student first.",
    },
  });
  input.teacherIds.forEach((personId, index) => {
    b.enrol({ cohortId, personId, enrolledAt, workshopAttended: index > 0 });
  });
  // One colleague has opened the first session (part-way, nothing completed yet): the cohort
  // shows progress, and the district's session feedback stays the framework's alone.
  const colleague = input.teacherIds[2];
  const [first] = stage.sessionIds;
  if (!colleague || !first) return;
  b.progress({
    personId: colleague,
    sessionId: first,
    currentBlock: 1,
    openedAt: b.calendar.schoolDayAt(input.now, -3, 16),
    completedAt: null,
    reflection: null,
  });
}
