import { describe, expect, it } from "vitest";
import { formatMoment, parseMoment } from "./moment.tsx";

describe("moments", () => {
  it.each([
    [0, "0:00"],
    [65.9, "1:05"],
    [3723, "1:02:03"],
  ])("%s seconds read %s and back", (seconds, text) => {
    expect(formatMoment(seconds)).toBe(text);
    expect(parseMoment(text)).toBe(Math.floor(seconds));
  });

  it("refuses what is not a moment", () => {
    expect(parseMoment("soon")).toBeNull();
    expect(parseMoment("1:2:3:4")).toBeNull();
    expect(parseMoment("")).toBeNull();
  });
});
