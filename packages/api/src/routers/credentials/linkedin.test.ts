import { describe, expect, it } from "vitest";
import { linkedInAddCertificationUrl } from "./linkedin.ts";

describe("linkedInAddCertificationUrl", () => {
  it("fills LinkedIn's certification form, encoding every value", () => {
    const url = new URL(
      linkedInAddCertificationUrl({
        name: "Higher-Order Questioning & Rigor",
        organizationName: "Maple Valley School District",
        awardedAt: new Date("2030-02-14T10:00:00Z"),
        validUntil: null,
        certUrl: "https://pd.example.org/credentials/abc",
        certId: "abc",
      }),
    );
    expect(url.origin + url.pathname).toBe("https://www.linkedin.com/profile/add");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      startTask: "CERTIFICATION_NAME",
      name: "Higher-Order Questioning & Rigor",
      organizationName: "Maple Valley School District",
      issueYear: "2030",
      issueMonth: "2",
      certUrl: "https://pd.example.org/credentials/abc",
      certId: "abc",
    });
  });
});
