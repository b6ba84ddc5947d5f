import { describe, expect, it } from "vitest";
import { codeOf } from "../../testing/error-code.ts";
import { refusalOf } from "../../testing/field-errors.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";

const api = testApiPerFile();

const ownProtocol = {
  name: "Data dig",
  purpose: "Read the last common assessment together and pick one skill to reteach.",
  steps: [
    { title: "Look at the numbers", purpose: "Notice before judging.", minutes: 10, prompts: [] },
    {
      title: "Pick a skill",
      purpose: "Choose one skill to reteach.",
      minutes: 15,
      prompts: ["Which skill would help most students?"],
    },
  ],
};

describe("protocols", () => {
  it("lists the five default protocols with timed steps", async () => {
    const coach = await api.callerFor("coach@maplevalley.test");
    const protocols = await coach.protocols.list();
    expect(protocols.map((p) => p.name)).toEqual([
      "Action-plan check-in",
      "Collaborative lesson planning",
      "Looking at student work",
      "Reflection round",
      "Tuning protocol",
    ]);
    for (const protocol of protocols) {
      expect(protocol.addedByDistrict).toBe(false);
      expect(protocol.steps.length).toBeGreaterThan(0);
      expect(protocol.steps.map((s) => s.position)).toEqual(protocol.steps.map((_, i) => i + 1));
      expect(protocol.totalMinutes).toBe(protocol.steps.reduce((sum, s) => sum + s.minutes, 0));
      expect(protocol.steps.every((s) => s.minutes > 0)).toBe(true);
    }
  });

  it("adds a district's own protocol after the defaults", async () => {
    const leader = await api.callerFor("leader@maplevalley.test");
    const { id } = await leader.protocols.create(ownProtocol);
    const listed = await (await api.callerFor("coach@maplevalley.test")).protocols.list();
    const own = listed.at(-1);
    expect(own).toMatchObject({ id, name: "Data dig", addedByDistrict: true, totalMinutes: 25 });
    expect(own?.steps.map((s) => s.title)).toEqual(["Look at the numbers", "Pick a skill"]);
    expect(own?.steps[1]?.prompts).toEqual(["Which skill would help most students?"]);
    // Another district does not see it.
    const cedar = await (await api.callerFor("coach@cedarridge.test")).protocols.list();
    expect(cedar.map((p) => p.name)).not.toContain("Data dig");
  });

  it("refuses a name already taken, naming the field", async () => {
    const coach = await api.callerFor("coach@maplevalley.test");
    const refusal = await refusalOf(
      coach.protocols.create({ ...ownProtocol, name: "tuning PROTOCOL" }),
    );
    expect(refusal).toEqual({
      code: "BAD_REQUEST",
      fieldErrors: [{ path: "name", message: "A protocol with this name already exists" }],
    });
  });

  it("names the field of a bad step", async () => {
    const coach = await api.callerFor("coach@maplevalley.test");
    const step = { title: "Too short", purpose: "A purpose.", minutes: 0, prompts: [] };
    const refusal = await refusalOf(
      coach.protocols.create({ ...ownProtocol, name: "Other", steps: [step] }),
    );
    expect(refusal.code).toBe("BAD_REQUEST");
    expect(refusal.fieldErrors?.map((e) => e.path)).toEqual(["steps.0.minutes"]);
  });

  it("is for coaches and facilitators only", async () => {
    const teacher = await api.callerFor("teacher@maplevalley.test");
    expect(await codeOf(teacher.protocols.list())).toBe("FORBIDDEN");
    expect(await codeOf(teacher.protocols.create(ownProtocol))).toBe("FORBIDDEN");
  });
});
