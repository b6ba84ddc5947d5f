import { describe, expect, it } from "vitest";
import { emailKey, emailSchema, parseEmail } from "./person.ts";

describe("emailSchema", () => {
  it.each([
    ["ada@riverside.example.org", "ada@riverside.example.org"],
    [" Ada.Byron+pd@Riverside.ORG ", "ada.byron+pd@riverside.org"],
    // RFC 6531: letters of any script, as an SIS exports them.
    ["josé.garcía@example.org", "josé.garcía@example.org"],
    ["JOSÉ.GARCÍA@EXAMPLE.ORG", "josé.garcía@example.org"],
    ["用户@例子.广告", "用户@例子.广告"],
    ["Δοκιμή@παράδειγμα.δοκιμή", "δοκιμή@παράδειγμα.δοκιμή"],
    ["o'brien@school.xn--p1ai", "o'brien@school.xn--p1ai"],
    // An accent typed as e + a combining mark is the same address as é.
    ["jose\u0301@example.org", "josé@example.org"],
  ])("accepts %s as %s", (input, expected) => {
    expect(emailSchema.parse(input)).toBe(expected);
  });

  it.each([
    "",
    "ada",
    "ada@",
    "@example.org",
    "ada@example",
    ".ada@example.org",
    "ada.@example.org",
    "a..da@example.org",
    "ada byron@example.org",
    "ada@exa mple.org",
    "ada@@example.org",
    '"ada"@example.org',
    "ada@example.o",
    "ada@example.123",
  ])("refuses %j", (input) => {
    expect(emailSchema.safeParse(input).success).toBe(false);
  });

  it("writes an address the way it compares them, and says what is wrong with one", () => {
    expect(emailKey(" JOSE\u0301@Example.org ")).toBe("josé@example.org");
    expect(parseEmail(" JOSÉ@Example.org")).toEqual({ email: "josé@example.org" });
    expect(parseEmail("not-an-email")).toEqual({
      problem: "Enter an email address like name@school.org",
    });
  });
});
