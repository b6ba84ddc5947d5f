import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { moveOne, reorderPositions } from "./reorder.ts";

describe("reorderPositions", () => {
  it("numbers the chosen order 1..n", () => {
    expect(reorderPositions(["a", "b", "c"], ["c", "a", "b"])).toEqual({
      ok: true,
      updates: [
        { id: "c", position: 1 },
        { id: "a", position: 2 },
        { id: "b", position: 3 },
      ],
    });
  });

  it.each([
    [["a", "b"], "missing"],
    [["a", "b", "c", "d"], "unknown"],
    [["a", "a", "b"], "duplicate"],
    [["a", "b", "x"], "unknown"],
    [[], "missing"],
  ] as const)("refuses %j as %s", (ordered, problem) => {
    expect(reorderPositions(["a", "b", "c"], ordered)).toMatchObject({ ok: false, problem });
  });

  it("accepts every permutation, and gives each id exactly one dense position", () => {
    fc.assert(
      fc.property(
        fc
          .uniqueArray(fc.uuid(), { minLength: 1, maxLength: 12 })
          .chain((ids) =>
            fc.tuple(fc.constant(ids), fc.shuffledSubarray(ids, { minLength: ids.length })),
          ),
        ([current, ordered]) => {
          const result = reorderPositions(current, ordered);
          if (!result.ok) return false;
          const positions = result.updates.map((update) => update.position).sort((a, b) => a - b);
          return (
            positions.every((position, index) => position === index + 1) &&
            new Set(result.updates.map((update) => update.id)).size === current.length &&
            result.updates.every((update, index) => update.id === ordered[index])
          );
        },
      ),
    );
  });

  it("refuses every list that is not exactly the current set", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.uuid(), { minLength: 1, maxLength: 8 }),
        fc.array(fc.uuid(), { maxLength: 10 }),
        (current, ordered) => {
          const same =
            ordered.length === current.length &&
            new Set(ordered).size === ordered.length &&
            ordered.every((id) => current.includes(id));
          return reorderPositions(current, ordered).ok === same;
        },
      ),
    );
  });
});

describe("moveOne", () => {
  it("moves an item up or down one place and stops at the ends", () => {
    expect(moveOne(["a", "b", "c"], 2, -1)).toEqual(["a", "c", "b"]);
    expect(moveOne(["a", "b", "c"], 0, 1)).toEqual(["b", "a", "c"]);
    expect(moveOne(["a", "b", "c"], 0, -1)).toEqual(["a", "b", "c"]);
    expect(moveOne(["a", "b", "c"], 2, 1)).toEqual(["a", "b", "c"]);
  });

  it("always keeps the same items", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer(), { minLength: 1, maxLength: 10 }),
        fc.nat(),
        fc.boolean(),
        (items, at, up) => {
          const moved = moveOne(items, at % items.length, up ? -1 : 1);
          return [...moved].sort().join() === [...items].sort().join();
        },
      ),
    );
  });
});
