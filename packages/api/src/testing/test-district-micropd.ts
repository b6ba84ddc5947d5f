import { selfPacedCohortInput } from "./cohort-input.ts";
import type { TestApi } from "./test-api.ts";
import { testDistrict } from "./test-district.ts";

type Caller = Awaited<ReturnType<TestApi["callerFor"]>>;

const DAY_MS = 86_400_000;

/** For tests: completes the teacher's next open MicroPD session; what opens after it. */
export async function completeNextSession(teacher: Caller, reflection: string) {
  const next = (await teacher.teacher.home()).enrolments[0]?.next;
  if (next?.kind !== "available") throw new Error("This teacher has no session open.");
  return (await teacher.micropd.complete({ sessionId: next.session.id, reflection })).next;
}

/**
 * For the MicroPD tests, teachers at each point of Stage 1, all through the teacher app's
 * procedures. A self-paced cohort: Maria and Jamal have finished session 1 (Jamal is on the
 * second block of session 2), Hannah and Priya have not started, Brianna has finished every
 * session. Kevin is alone in a dated cohort whose first session opened a week ago (he has
 * finished it) and whose second opens in a week. Amara is enrolled nowhere; there is a coach,
 * and a teacher of another district.
 */
export async function micropdProgressWorld(
  api: Parameters<typeof testDistrict>[0],
  reflection: string,
) {
  const district = await testDistrict(api);
  const school = await district.school();
  const teacher = (name: string) => district.person({ role: "teacher", school, name });
  const people = {
    maria: await teacher("Maria Delgado"),
    jamal: await teacher("Jamal Washington"),
    hannah: await teacher("Hannah Lindqvist"),
    priya: await teacher("Priya Raman"),
    brianna: await teacher("Brianna Holt"),
    kevin: await teacher("Kevin Osei"),
    amara: await teacher("Amara Eze"),
    coach: await district.person({ role: "coach" }),
  };
  const { maria, jamal, hannah, priya, brianna, kevin } = people;
  const selfPaced = await district.cohort({ school });
  await district.enrol([maria, jamal, hannah, priya, brianna], selfPaced);
  await completeNextSession(await district.callerFor(maria), reflection);
  const jamalCaller = await district.callerFor(jamal);
  const second = await completeNextSession(jamalCaller, reflection);
  if (second.kind !== "available") throw new Error("Session 2 should open at once.");
  await jamalCaller.micropd.saveProgress({ sessionId: second.session.id, currentBlock: 1 });
  const briannaCaller = await district.callerFor(brianna);
  while ((await completeNextSession(briannaCaller, reflection)).kind === "available");

  const admin = await district.callerFor(district.admin);
  const { cohortId } = await admin.cohortAdmin.create(
    selfPacedCohortInput(
      { schoolId: school.id, stageId: selfPaced.stageId },
      {
        name: "Stage 1, dated",
        releaseMode: "dated",
        firstReleaseOn: new Date(Date.now() - 7 * DAY_MS).toISOString().slice(0, 10),
        daysBetweenSessions: 14,
      },
    ),
  );
  await admin.cohortAdmin.enrol({ cohortId, personIds: [kevin.id] });
  await completeNextSession(await district.callerFor(kevin), reflection);

  const elsewhere = await testDistrict(api);
  const otherDistrictTeacher = await elsewhere.person({
    role: "teacher",
    school: await elsewhere.school(),
  });
  return { district, people, otherDistrictTeacher };
}
