import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "../../errors.ts";
import { codeOf } from "../../testing/error-code.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";

/* Issue 7: the district renames its levels, sets the target, and sets targets per indicator. */

const api = testApiPerFile();

const maria = "teacher@maplevalley.test";
const admin = "admin@maplevalley.test";
const principal = "principal@maplevalley.test";
const coach = "coach@maplevalley.test";

async function failureOf(call: Promise<unknown>): Promise<TRPCError> {
  try {
    await call;
  } catch (error) {
    if (error instanceof TRPCError) return error;
    throw error;
  }
  throw new Error("Expected the call to be refused");
}

/** The seeded scale with one level renamed and the target moved. */
async function scaleWith(change: { rename?: [number, string]; targetRank: number }) {
  const caller = await api.callerFor(admin);
  const scale = await caller.observations.scale();
  const levels = scale.map((level, rank) => ({
    label: change.rename?.[0] === rank ? change.rename[1] : level.label,
    description: level.description,
  }));
  return caller.observations.setScale({ levels, targetRank: change.targetRank });
}

/** Maria's recommendations whose reason rests on an indicator at rank 2 (seeded "Developing"). */
async function mariasAtRankTwo(label: string) {
  const caller = await api.callerFor(maria);
  const list = await caller.recommendations.mine();
  return list.filter((item) => item.reason.includes(`was ${label.toLocaleLowerCase("en")} on`));
}

describe("renaming a level", () => {
  it("shows the new name in the scale and in the teacher's observation", async () => {
    await scaleWith({ rename: [2, "Growing"], targetRank: 3 });
    const teacher = await api.callerFor(maria);
    expect((await teacher.observations.scale()).map((level) => level.label)).toEqual([
      "Not yet observed",
      "Beginning",
      "Growing",
      "Proficient",
    ]);
    const published = (await teacher.observations.mine()).find(
      (item) => item.kind === "coaching" && item.status === "published",
    );
    expect(published).toBeDefined();
    const detail = await teacher.observations.detail({ observationId: published?.id ?? "" });
    const labels = detail.content?.ratings.map((rating) => rating.levelLabel) ?? [];
    expect(labels).toContain("Growing");
    expect(labels).not.toContain("Developing");
    // The reasons of recommendations speak the new name too.
    expect((await mariasAtRankTwo("Growing")).length).toBeGreaterThan(0);
  });
});

describe("the targets", () => {
  it("moving the district target down to the renamed level removes the recommendations at it", async () => {
    await scaleWith({ rename: [2, "Growing"], targetRank: 3 });
    expect((await mariasAtRankTwo("Growing")).length).toBeGreaterThan(0);
    await scaleWith({ rename: [2, "Growing"], targetRank: 2 });
    expect(await mariasAtRankTwo("Growing")).toEqual([]);
  });

  it("an indicator's own target overrides the district's, and null resets it", async () => {
    const caller = await api.callerFor(admin);
    await scaleWith({ rename: [2, "Growing"], targetRank: 2 });
    const vocabulary = (await caller.observations.indicatorTargets()).find(
      (item) => item.code === "1.4",
    );
    expect(vocabulary?.targetRank).toBeNull();
    const indicatorId = vocabulary?.id ?? "";

    await caller.observations.setIndicatorTarget({ indicatorId, targetRank: 3 });
    const targets = await caller.observations.indicatorTargets();
    expect(targets.find((item) => item.id === indicatorId)?.targetRank).toBe(3);
    // Framework order, by code.
    const codes = targets.map((item) => item.code);
    expect(codes).toEqual([...codes].sort((a, b) => a.localeCompare(b, "en", { numeric: true })));
    const atRankTwo = await mariasAtRankTwo("Growing");
    // Only the vocabulary indicator is below its own target now; a session may name it beside others.
    expect(atRankTwo.map((item) => item.indicator?.code)).toContain("1.4");
    for (const item of atRankTwo)
      expect(item.reason).toContain(`‘${vocabulary?.title}’ was growing`);

    await caller.observations.setIndicatorTarget({ indicatorId, targetRank: null });
    expect(await mariasAtRankTwo("Growing")).toEqual([]);
  });

  it("names targetRank when the rank is not on the scale", async () => {
    const caller = await api.callerFor(admin);
    const [first] = await caller.observations.indicatorTargets();
    const failure = await failureOf(
      caller.observations.setIndicatorTarget({ indicatorId: first?.id ?? "", targetRank: 7 }),
    );
    expect(failure.code).toBe("BAD_REQUEST");
    expect(fieldErrorsOf(failure)?.map((error) => error.path)).toEqual(["targetRank"]);
  });

  it("answers NOT_FOUND for an indicator that does not exist", async () => {
    const caller = await api.callerFor(admin);
    const missing = "8d5e1f7a-3b2c-4d6e-9f01-23456789abcd";
    expect(
      await codeOf(caller.observations.setIndicatorTarget({ indicatorId: missing, targetRank: 1 })),
    ).toBe("NOT_FOUND");
  });
});

describe("who may set them", () => {
  it("refuses a principal and a coach; a principal may read the targets", async () => {
    const admins = await api.callerFor(admin);
    const [first] = await admins.observations.indicatorTargets();
    const input = { indicatorId: first?.id ?? "", targetRank: 1 };
    const levels = (await admins.observations.scale()).map(({ label, description }) => ({
      label,
      description,
    }));
    for (const email of [principal, coach]) {
      const caller = await api.callerFor(email);
      expect(await codeOf(caller.observations.setIndicatorTarget(input))).toBe("FORBIDDEN");
      expect(await codeOf(caller.observations.setScale({ levels, targetRank: 1 }))).toBe(
        "FORBIDDEN",
      );
    }
    const principals = await api.callerFor(principal);
    expect((await principals.observations.indicatorTargets()).length).toBeGreaterThan(0);
    expect(await codeOf((await api.callerFor(coach)).observations.indicatorTargets())).toBe(
      "FORBIDDEN",
    );
  });
});
