import { describe, expect, it } from "vitest";
import { completeSessionInputSchema } from "./progress.ts";

const sessionId = "7c9e6679-7425-40de-944b-e07fc1f90ae7";

describe("completeSessionInputSchema", () => {
  it("accepts a reflection of 40 characters or more", () => {
    const reflection = "My students named the essential question.";
    expect(reflection.length).toBeGreaterThanOrEqual(40);
    expect(completeSessionInputSchema.safeParse({ sessionId, reflection }).success).toBe(true);
  });

  it.each(["Good session.", `${" ".repeat(30)}too short${" ".repeat(30)}`, undefined])(
    "asks for more reflection when given %j",
    (reflection) => {
      const result = completeSessionInputSchema.safeParse({ sessionId, reflection });
      expect(result.error?.issues).toMatchObject([
        { path: ["reflection"], message: "Write at least 40 characters of reflection" },
      ]);
    },
  );
});
