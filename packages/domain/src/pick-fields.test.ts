import { describe, expect, it } from "vitest";
import { pickFields } from "./pick-fields.ts";

describe("pickFields", () => {
  it("keeps the named fields only, nulls and undefined values included", () => {
    const row = { id: "a", name: "Ana", secret: "x", note: null, gone: undefined };
    expect(pickFields(row, ["id", "note", "gone"])).toStrictEqual({
      id: "a",
      note: null,
      gone: undefined,
    });
  });
});
