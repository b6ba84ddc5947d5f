import { describe, expect, it } from "vitest";
import { judgeRequestOrigin } from "./request-origin.ts";

const trustedOrigins = new Set(["http://localhost:3000", "https://pd.district.org"]);

describe("judgeRequestOrigin", () => {
  it.each([
    ["a page of the server", "POST", "http://localhost:3000", "same-origin"],
    ["another trusted name of the server", "POST", "https://pd.district.org", "cross-site"],
    ["a no-referrer page of the server (Origin: null)", "POST", "null", "same-origin"],
    ["an address typed by the person", "POST", null, "none"],
    ["a script or a mail provider (no browser headers)", "POST", null, null],
    ["a read from anywhere", "GET", "https://evil.example", "cross-site"],
  ])("allows %s", (_what, method, origin, fetchSite) => {
    expect(judgeRequestOrigin({ method, origin, fetchSite, trustedOrigins })).toEqual({
      allowed: true,
    });
  });

  it.each([
    [
      "another port of the same host",
      "POST",
      "http://localhost:8080",
      "same-site",
      "http://localhost:8080",
    ],
    ["another site", "PUT", "https://evil.example", "cross-site", "https://evil.example"],
    [
      "the same host over another scheme",
      "DELETE",
      "https://localhost:3000",
      "cross-site",
      "https://localhost:3000",
    ],
    ["Origin: null from another site", "POST", "null", "cross-site", null],
    ["a same-site page that hides its origin", "PATCH", null, "same-site", null],
    ["Origin: null with no Sec-Fetch-Site", "POST", "null", null, null],
  ])("refuses %s", (_what, method, origin, fetchSite, from) => {
    expect(judgeRequestOrigin({ method, origin, fetchSite, trustedOrigins })).toEqual({
      allowed: false,
      from,
    });
  });
});
