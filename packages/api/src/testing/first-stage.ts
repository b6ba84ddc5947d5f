import type { TestApi } from "./test-api.ts";

/** A teacher's caller and the stage of the first enrolment on their home ("" when none). */
export async function firstStageOf(api: Pick<TestApi, "callerFor">, email: string) {
  const teacher = await api.callerFor(email);
  const home = await teacher.teacher.home();
  return { teacher, stageId: home.enrolments[0]?.stage.id ?? "" };
}
