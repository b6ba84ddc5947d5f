import { stagePageSchema } from "@throughline/domain/micropd";
import { describe, expect, test } from "vitest";
import { demoPeople } from "../../seed/demo-logins.ts";
import { seededDatabasePerFile } from "../../testing-seeded.ts";
import { getTeacherHome } from "../home-pages/teacher-home.ts";
import { getStagePage } from "./stage-page.ts";

const { as } = seededDatabasePerFile();

/** The district's stages, in order, as the teacher's home page lists them. */
async function stagesOf(email: string) {
  return as(
    email,
    async (tx, who) =>
      (await getTeacherHome(tx, { personId: who.personId, now: new Date() })).stages,
  );
}

describe("getStagePage", () => {
  test("is null for a stage that is not in the district", async () => {
    const page = await as(demoPeople.teacher.email, (tx, who) =>
      getStagePage(tx, {
        personId: who.personId,
        stageId: "3f9b8a4e-2a47-4c1c-9b7e-1f0e5d6c7b8a",
        now: new Date(),
      }),
    );
    expect(page).toBeNull();
  });

  test("previews a stage the teacher is not enrolled in, with no progress of anyone's", async () => {
    const stages = await stagesOf(demoPeople.teacher.email);
    const stage3 = stages.find((stage) => stage.position === 3);
    const page = await as(demoPeople.teacher.email, (tx, who) =>
      getStagePage(tx, { personId: who.personId, stageId: stage3?.id ?? "", now: new Date() }),
    );
    expect(stagePageSchema.parse(page)).toBeTruthy();
    expect(page?.enrolment).toBeNull();
    expect(page?.sessions.every((s) => s.state === null)).toBe(true);
  });

  test("agrees with the home page on status and counts", async () => {
    const email = demoPeople.teacher.email;
    const [home, page] = await as(email, async (tx, who) => {
      const found = await getTeacherHome(tx, { personId: who.personId, now: new Date() });
      const stageId = found.enrolments[0]?.stage.id ?? "";
      return [found, await getStagePage(tx, { personId: who.personId, stageId, now: new Date() })];
    });
    const enrolment = home.enrolments[0];
    expect(page?.enrolment).toMatchObject({
      status: enrolment?.status,
      sessionsCompleted: enrolment?.sessionsCompleted,
      sessionsTotal: enrolment?.sessionsTotal,
    });
  });
});
