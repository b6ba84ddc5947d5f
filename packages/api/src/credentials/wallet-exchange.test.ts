import QRCode from "qrcode";
import { describe, expect, it } from "vitest";
import { awardSeededBadge } from "../testing/earned-badge-fixture.ts";
import { TEST_PUBLIC_URL, TEST_SERVER_SECRET } from "../testing/test-api.ts";
import { testApiPerFile } from "../testing/test-api-per-file.ts";

/*
 * "Add to wallet" on a desktop: the offer carries the Learner Credential Wallet's universal
 * link and a QR code of exactly that link, for the wallet on the teacher's phone to scan.
 */

const api = testApiPerFile();
const TEACHER = "teacher@maplevalley.test";

async function offer() {
  const { badgeId } = await awardSeededBadge(api.db, {
    districtSlug: "maple-valley",
    email: TEACHER,
    credentialName: "Learning-Focused Lesson Design",
    now: new Date(),
    issuer: { publicUrl: TEST_PUBLIC_URL, secret: TEST_SERVER_SECRET },
  });
  const teacher = await api.callerFor(TEACHER);
  return teacher.credentialIssuer.offerToWallet({ badgeId });
}

describe("the wallet offer's QR code", () => {
  it("is LCW's universal link, naming the exchange for the VC API", async () => {
    const made = await offer();
    const link = new URL(made.deepLink);
    expect(`${link.origin}${link.pathname}`).toBe("https://lcw.app/request.html");
    expect(JSON.parse(link.searchParams.get("request") ?? "{}")).toEqual({
      credentialRequestOrigin: TEST_PUBLIC_URL.replace(/\/+$/, ""),
      protocols: { vcapi: made.exchangeUrl },
    });
  });

  it("is an SVG drawn from exactly the deep link, not the bare exchange address", async () => {
    const made = await offer();
    expect(made.qrSvg.startsWith("<svg")).toBe(true);
    expect(made.qrSvg).toContain("<path");
    const options = { type: "svg", errorCorrectionLevel: "M", margin: 2 } as const;
    expect(made.qrSvg).toBe(await QRCode.toString(made.deepLink, options));
    expect(made.qrSvg).not.toBe(await QRCode.toString(made.exchangeUrl, options));
    // Each offer is its own one-time exchange, so its own code.
    expect((await offer()).qrSvg).not.toBe(made.qrSvg);
  });
});
