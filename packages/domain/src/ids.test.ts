import { describe, expect, it } from "vitest";
import {
  calendarDateSchema,
  idSchema,
  nameSchema,
  optionalText,
  optionalWebUrlSchema,
  webUrlSchema,
} from "./ids.ts";

const firstMessage = (result: { error?: { issues: { message: string }[] } }) =>
  result.error?.issues[0]?.message;

describe("shared field schemas", () => {
  it("accepts random UUIDs and rejects anything else", () => {
    expect(idSchema.safeParse("7c9e6679-7425-40de-944b-e07fc1f90ae7").success).toBe(true);
    expect(idSchema.safeParse("42").success).toBe(false);
  });

  it("trims names and asks for one when blank or missing", () => {
    expect(nameSchema.parse("  Riverside Elementary ")).toBe("Riverside Elementary");
    expect(firstMessage(nameSchema.safeParse("   "))).toBe("Enter a name");
    expect(firstMessage(nameSchema.safeParse(undefined))).toBe("Enter a name");
    expect(firstMessage(nameSchema.safeParse("x".repeat(201)))).toBe(
      "Name must be 200 characters or fewer",
    );
  });

  it("turns blank optional text into null", () => {
    const location = optionalText({ label: "Location" });
    expect(location.parse("  ")).toBeNull();
    expect(location.parse(null)).toBeNull();
    expect(location.parse(" Room 12 ")).toBe("Room 12");
  });

  it.each(["javascript:alert(1)", "data:text/html,hi", "ftp://files.example.org", "not a url"])(
    "refuses %s as a web address",
    (url) => {
      expect(firstMessage(webUrlSchema.safeParse(url))).toBe(
        "Enter a web address starting with https://",
      );
    },
  );

  it("accepts an optional web address, blank or null as null", () => {
    expect(optionalWebUrlSchema.parse("")).toBeNull();
    expect(optionalWebUrlSchema.parse(null)).toBeNull();
    expect(optionalWebUrlSchema.parse(" https://video.example.org/a ")).toBe(
      "https://video.example.org/a",
    );
    expect(optionalWebUrlSchema.safeParse("javascript:alert(1)").success).toBe(false);
  });

  it("takes calendar dates as YYYY-MM-DD", () => {
    expect(calendarDateSchema.parse("2026-11-25")).toBe("2026-11-25");
    expect(firstMessage(calendarDateSchema.safeParse("25/11/2026"))).toBe(
      "Enter a date like 2026-11-25",
    );
  });
});
