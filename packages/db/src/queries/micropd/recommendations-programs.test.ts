import { describe, expect, test } from "vitest";
import { demoPeople } from "../../seed/demo-logins.ts";
import { seededDatabasePerFile } from "../../testing-seeded.ts";
import { recommendationsFor } from "./recommendations.ts";

/*
 * The demo teacher is in both of Maple Valley's programs. What was seen in her classroom points
 * only at framework sessions; her list still names her next technology session, and every
 * session names its program.
 */

const { as } = seededDatabasePerFile();

describe("recommendations with two programs", () => {
  test("each session names its program, and each program she is in has a session", async () => {
    const [mine, coachSees] = await Promise.all([
      as(demoPeople.teacher.email, (tx, who) => recommendationsFor(tx, { personId: who.personId })),
      as(demoPeople.teacher.email, (tx, who) =>
        recommendationsFor(tx, { personId: who.personId, viewer: "supporting_coach" }),
      ),
    ]);
    expect(mine.every((item) => item.program !== null)).toBe(true);
    expect(new Set(mine.map((item) => item.program?.title))).toEqual(
      new Set(["Instructional framework", "Classroom technology"]),
    );
    const technology = mine.filter((item) => item.program?.title === "Classroom technology");
    expect(technology).toEqual([
      expect.objectContaining({
        title: "Quick checks on every device",
        stage: expect.objectContaining({ position: 1 }),
        reason: "Your next session in Classroom technology",
      }),
    ]);
    // Evidence comes first; the next session in a program without any comes after it.
    expect(mine.at(-1)?.title).toBe("Quick checks on every device");
    expect(coachSees.at(-1)?.reason).toBe("The teacher's next session in Classroom technology");
  });
});
