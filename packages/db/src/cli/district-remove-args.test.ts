import { describe, expect, it } from "vitest";
import { parseDistrictRemoveArgs } from "./district-remove-args.ts";

describe("district:remove arguments", () => {
  it("refuses without --yes", () => {
    expect(parseDistrictRemoveArgs(["--slug", "cedar-ridge"])).toEqual({
      ok: false,
      problem: expect.stringMatching(/--yes/),
    });
  });

  it("takes one or more slugs with --yes", () => {
    expect(
      parseDistrictRemoveArgs(["--slug", "maple-valley", "--slug=cedar-ridge", "--yes"]),
    ).toEqual({ ok: true, slugs: ["maple-valley", "cedar-ridge"] });
  });

  it("refuses without a slug or with an unknown argument", () => {
    expect(parseDistrictRemoveArgs(["--yes"]).ok).toBe(false);
    expect(parseDistrictRemoveArgs(["--slug", "--yes"]).ok).toBe(false);
    expect(parseDistrictRemoveArgs(["--slug", "x", "--force", "--yes"]).ok).toBe(false);
  });
});
