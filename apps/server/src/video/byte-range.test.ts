import { describe, expect, it } from "vitest";
import { byteRangeOf } from "./byte-range.ts";

describe("byteRangeOf", () => {
  it.each([
    ["no header", undefined, { kind: "whole" }],
    ["a player's first ask", "bytes=0-", { kind: "part", start: 0, end: 999 }],
    ["a seek into the middle", "bytes=500-599", { kind: "part", start: 500, end: 599 }],
    ["an end past the file", "bytes=900-5000", { kind: "part", start: 900, end: 999 }],
    ["the last bytes (the MP4 index)", "bytes=-100", { kind: "part", start: 900, end: 999 }],
    ["a start past the end", "bytes=1000-", { kind: "unsatisfiable" }],
    ["an end before the start", "bytes=10-5", { kind: "unsatisfiable" }],
    ["several ranges", "bytes=0-1,5-6", { kind: "whole" }],
    ["another unit", "items=0-1", { kind: "whole" }],
  ])("%s", (_what, header, range) => {
    expect(byteRangeOf(header, 1000)).toEqual(range);
  });
});
