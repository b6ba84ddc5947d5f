import { walletQrSvg } from "@throughline/api/credentials/wallet-exchange";
import { createWalletHolder } from "@throughline/open-badges/wallet-holder";
import type { APIRequestContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, openSignedIn } from "./browser.ts";
import { earnBadge } from "./earn-badge.ts";
import { serverAndBrowserPerFile } from "./fixture.ts";
import { screenshotAtBothWidths } from "./screenshots.ts";

/*
 * Sharing an earned badge: its PNG image, the LinkedIn preview of its public page, and "Add to
 * wallet", which a real did:key wallet completes over the VC-API exchange. The district admin
 * sets the website its badges' issuer profile links to.
 */

const LESSON_DESIGN = "Learning-Focused Lesson Design";
/** Where to write screenshots of the badge pages for a person to look at (none unless set). */
const shots = process.env.BADGE_SCREENSHOTS;

const run = serverAndBrowserPerFile();
const clients: APIRequestContext[] = [];
afterAll(async () => {
  for (const client of clients) await client.dispose();
});
let maria: Page;

beforeAll(async () => {
  await earnBadge(run.server.url, LESSON_DESIGN, (client) => clients.push(client));
  const { context, page } = await openSignedIn(run.browser, {
    baseUrl: run.server.url,
    app: "teacher",
    email: "teacher@maplevalley.test",
  });
  run.keep(context);
  maria = page;
  await maria.goto(`${run.server.url}/teacher/badges`);
  await maria.getByRole("heading", { level: 1, name: "My badges" }).waitFor();
});

interface ExchangeAnswer {
  verifiablePresentationRequest?: { challenge: string; domain: string };
  verifiablePresentation?: {
    verifiableCredential: Array<{
      credentialSubject: { id: string; achievement: { name: string } };
    }>;
  };
}

/** What a wallet posts to the exchange a deep link names. */
async function postToExchange(url: string, body: unknown): Promise<ExchangeAnswer> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  return (await response.json()) as ExchangeAnswer;
}

describe("sharing an earned badge", () => {
  it("offers Download, Add to LinkedIn and the badge as a PNG, which answers as one", async () => {
    const card = maria.getByRole("listitem").filter({ hasText: LESSON_DESIGN });
    await card.getByText("Active", { exact: true }).waitFor();
    const shareUrl = await card.getByLabel("Share link").inputValue();
    await expect(
      card.getByRole("link", { name: "Download badge (JSON)" }).getAttribute("href"),
    ).resolves.toBe(`${shareUrl}.json`);
    const linkedIn = new URL(
      (await card.getByRole("link", { name: /Add to LinkedIn/ }).getAttribute("href")) ?? "",
    );
    expect(linkedIn.searchParams.get("certUrl")).toBe(shareUrl);

    const pngHref = await card
      .getByRole("link", { name: "Badge image (PNG)" })
      .getAttribute("href");
    const png = await maria.request.get(new URL(pngHref ?? "", run.server.url).toString());
    expect(png.headers()["content-type"]).toBe("image/png");
    expect((await png.body()).subarray(1, 4).toString("latin1")).toBe("PNG");

    // The page LinkedIn's "Add to profile" links to previews with the PNG.
    const visitor = await (await run.newContext()).newPage();
    await visitor.goto(shareUrl);
    await visitor.getByText("Verified", { exact: true }).waitFor();
    const preview = await visitor.locator('meta[property="og:image"]').getAttribute("content");
    expect(preview).toMatch(/\/image\.png$/);
    const previewImage = await visitor.request.get(preview ?? "");
    expect(previewImage.headers()["content-type"]).toBe("image/png");
    await screenshotAtBothWidths(visitor, "public-badge", { folder: shots });
  });

  it("adds the badge to a wallet, by keyboard, issued to the DID the wallet proves", async () => {
    const card = maria.getByRole("listitem").filter({ hasText: LESSON_DESIGN });
    await card.getByRole("button", { name: /Add to wallet/ }).focus();
    await maria.keyboard.press("Enter");
    const panel = maria.getByRole("region", { name: `Add ${LESSON_DESIGN} to your wallet` });
    await panel.waitFor();
    // Focus moves into the panel; the wallet's link is next in the focus order after LCW's.
    const focused = (locator: typeof panel) =>
      locator.evaluate((element) => element === document.activeElement);
    await expect.poll(() => focused(panel)).toBe(true);
    const open = panel.getByRole("link", { name: "Open in the wallet" });
    await maria.keyboard.press("Tab");
    await maria.keyboard.press("Tab");
    await expect.poll(() => focused(open)).toBe(true);
    await panel.getByText(/^The link works once, until \d{1,2}:\d{2}/).waitFor();
    await expectAccessible(maria);
    await screenshotAtBothWidths(maria, "my-badges-wallet", { folder: shots });

    // The Learner Credential Wallet's link names the exchange; a did:key wallet completes it.
    const deepLink = new URL((await open.getAttribute("href")) ?? "");
    expect(`${deepLink.origin}${deepLink.pathname}`).toBe("https://lcw.app/request.html");
    // On a desktop the same link is a QR code to scan with the phone: drawn from exactly it.
    const qr = panel.getByRole("img", { name: /^QR code of the wallet link for / });
    await expect.poll(() => qr.isVisible()).toBe(true);
    const src = (await qr.getAttribute("src")) ?? "";
    const svg = decodeURIComponent(src.replace(/^data:image\/svg\+xml;utf8,/, ""));
    expect(svg).toBe(await walletQrSvg(deepLink.href));
    await expect
      .poll(() => qr.evaluate((image) => (image as HTMLImageElement).naturalWidth))
      .toBeGreaterThan(0);
    const request = JSON.parse(deepLink.searchParams.get("request") ?? "{}") as {
      protocols: { vcapi: string };
    };
    const asked = (await postToExchange(request.protocols.vcapi, {})).verifiablePresentationRequest;
    if (!asked) throw new Error("The exchange asked for no presentation.");
    const wallet = await createWalletHolder();
    const answer = await postToExchange(request.protocols.vcapi, {
      verifiablePresentation: await wallet.present(asked),
    });
    const [received] = answer.verifiablePresentation?.verifiableCredential ?? [];
    expect(received?.credentialSubject.id).toBe(wallet.did);
    expect(received?.credentialSubject.achievement.name).toBe(LESSON_DESIGN);
    // The link works once.
    const again = await postToExchange(request.protocols.vcapi, {});
    expect(again.verifiablePresentationRequest).toBeUndefined();
  });

  it("lets the district admin set the website its badges' issuer profile links to", async () => {
    const { context, page: denise } = await openSignedIn(run.browser, {
      baseUrl: run.server.url,
      app: "admin",
      email: "admin@maplevalley.test",
    });
    run.keep(context);
    await denise.goto(`${run.server.url}/admin/credentials`);
    await denise.getByRole("heading", { level: 1, name: "Micro-credentials" }).waitFor();
    const issuer = denise.locator("form").filter({ hasText: "Save the issuer profile" });
    const website = issuer.getByLabel("District website (optional)");
    await website.fill("maplevalley.k12.us");
    await issuer.getByRole("button", { name: "Save the issuer profile" }).click();
    // The server's message, at the field.
    await issuer.getByText("Enter a web address starting with https://").waitFor();
    await expect(website.getAttribute("aria-invalid")).resolves.toBe("true");
    await website.fill("https://www.maplevalley.k12.us");
    await issuer.getByRole("button", { name: "Save the issuer profile" }).click();
    await issuer.getByText("Issuer profile saved").waitFor();
    await expectAccessible(denise);
    await screenshotAtBothWidths(denise, "admin-badge-issuer", { folder: shots });
  });
});
