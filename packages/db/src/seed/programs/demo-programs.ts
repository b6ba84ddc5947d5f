import type { DistrictBuilder } from "../district-builder.ts";
import { classroomTechnology, technologyStage1 } from "./classroom-technology.ts";

/**
 * Maple Valley runs two programs at once: its instructional framework, required of every
 * teacher, and classroom technology, required of the elementary school's teachers only. The
 * elementary school has a self-paced technology cohort; the demo teacher and three colleagues
 * are in it beside their framework stage, one colleague two sessions in, the demo teacher not
 * started (so the demo shows a teacher progressing in both).
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
  // Named after the framework's cohorts so a teacher's framework stage still lists first.
  const cohortId = b.cohort({
    schoolId: input.schoolId,
    stage,
    name: `Maple Valley Elementary · Technology · ${input.schoolYear}`,
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
  // One colleague is part-way, so the cohort's dashboards have progress to show.
  const colleague = input.teacherIds[2];
  if (!colleague) return;
  stage.sessionIds.slice(0, 2).forEach((sessionId, index) => {
    const at = b.calendar.schoolDayAt(input.now, -14 + index * 3, 16);
    b.progress({
      personId: colleague,
      sessionId,
      currentBlock: 2,
      openedAt: at,
      completedAt: at,
      reflection: "The quick check showed me four students I would have missed.",
    });
  });
}
