import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAccessible, openSignedIn, signIn } from "./browser.ts";
import { serverAndBrowserPerFile } from "./fixture.ts";
import { screenshotAtBothWidths } from "./screenshots.ts";
import { queryAsPage } from "./trpc-over-http.ts";

/*
 * Issue 15, accounts: invitations by email in bulk, the "Not signed in yet" list, password reset
 * by email, My account with signed-in devices, and sign-in at http://127.0.0.1.
 */

// The worker looks for mail often, so emails arrive while the test waits.
const run = serverAndBrowserPerFile({ env: { WORKER_INTERVAL_MS: "300" } });
const shots = process.env.ACCOUNTS_SCREENSHOTS;

async function newContext(baseURL = run.server.url): Promise<Page> {
  const context = await run.browser.newContext({ baseURL });
  run.keep(context);
  return context.newPage();
}

/** Screenshots of a new page at desktop and phone width, for a person to look at. */
const screenshot = (page: Page, name: string) =>
  screenshotAtBothWidths(page, name, { folder: shots });

/** Quoted-printable soft breaks and escapes, as the .eml files carry the text part. */
function decodeQuotedPrintable(text: string): string {
  return text
    .replace(/=\r?\n/g, "")
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

/** Waits for an email to `to` in the data folder's mail and returns the first link matching. */
async function linkFromEmail(to: string, pattern: RegExp, skip = 0): Promise<string> {
  const folder = join(run.server.dataDir, "mail");
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const files = await readdir(folder).catch(() => []);
    const links: string[] = [];
    for (const file of files.filter((name) => name.endsWith(".eml")).sort()) {
      const text = decodeQuotedPrintable(await readFile(join(folder, file), "utf8"));
      if (!new RegExp(`^To: .*${to.replaceAll(".", "\\.")}`, "mi").test(text)) continue;
      const found = text.match(pattern)?.[0];
      if (found) links.push(found);
    }
    if (links.length > skip) return links[skip] ?? "";
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`No email to ${to} with ${pattern} arrived.`);
}

async function createPerson(admin: Page, name: string, email: string, schoolId: string) {
  const response = await admin.request.post(`${run.server.url}/trpc/peopleAdmin.create`, {
    data: { json: { displayName: name, email, roles: [{ role: "teacher", schoolId }] } },
  });
  expect(response.ok()).toBe(true);
}

const first = { name: "Hana Ishikawa", email: "hana.ishikawa@maplevalley.test" };
const second = { name: "Theo Brandt", email: "theo.brandt@maplevalley.test" };
const firstPassword = "cherry blossoms in april";
const resetPassword = "a reset sentence to remember";

describe("accounts", () => {
  let admin: Page;

  it("a district admin invites two people by email in bulk; one sets a password and leaves the list", async () => {
    ({ page: admin } = await openSignedIn(run.browser, {
      baseUrl: run.server.url,
      app: "admin",
      email: "admin@maplevalley.test",
    }));
    const options = await queryAsPage<{ schools: { id: string; name: string }[] }>(
      admin,
      run.server.url,
      "peopleAdmin.options",
    );
    const schoolId = options.schools.find((s) => s.name === "Maple Valley Elementary")?.id ?? "";
    await createPerson(admin, first.name, first.email, schoolId);
    await createPerson(admin, second.name, second.email, schoolId);

    await admin
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "People" })
      .click();
    await admin.getByRole("link", { name: "Not signed in yet" }).click();
    await admin.getByRole("heading", { level: 2, name: "Not signed in yet" }).waitFor();
    await admin.getByLabel(`Choose ${first.name}`).check();
    await admin.getByLabel(`Choose ${second.name}`).check();
    await expectAccessible(admin);
    await screenshot(admin, "not-signed-in-yet");
    await admin.getByRole("button", { name: "Send invitations to 2 people" }).click();
    await admin.getByText("Invitations are on their way to 2 people.").waitFor();
    const firstRow = admin.getByRole("row", { name: new RegExp(first.name) });
    await expect
      .poll(() => firstRow.getByRole("button", { name: `Send reminder to ${first.name}` }).count())
      .toBe(1);

    // The emails are kept as .eml files (no SMTP server): each with its own one-time link.
    const firstLink = await linkFromEmail(first.email, /http:\/\/localhost:\d+\/invite\/[\w.-]+/);
    const secondLink = await linkFromEmail(second.email, /http:\/\/localhost:\d+\/invite\/[\w.-]+/);
    expect(firstLink).not.toBe(secondLink);

    const invited = await newContext();
    await invited.goto(firstLink);
    await invited.getByLabel("Password", { exact: true }).fill(firstPassword);
    await invited.getByLabel("Confirm password").fill(firstPassword);
    await invited.getByRole("button", { name: "Set password" }).click();
    await invited.getByRole("heading", { name: "Your password is set" }).waitFor();

    await admin.reload();
    await admin.getByRole("heading", { level: 2, name: "Not signed in yet" }).waitFor();
    await admin.getByRole("link", { name: second.name }).waitFor();
    await expect.poll(() => admin.getByRole("link", { name: first.name }).count()).toBe(0);
  });

  it("forgot password: the email's link sets a new password that signs in", async () => {
    const page = await newContext();
    await page.goto("/password/forgot");
    await expectAccessible(page);
    await screenshot(page, "forgot-password");
    await page.getByLabel("Email").fill(first.email);
    await page.getByRole("button", { name: "Send reset link" }).click();
    await page.getByText("If an account exists for that address, we've sent a link.").waitFor();
    await screenshot(page, "reset-link-sent");

    const link = await linkFromEmail(first.email, /http:\/\/localhost:\d+\/password\/reset\/\w+/);
    await page.goto(link);
    await expectAccessible(page);
    await screenshot(page, "reset-password");
    await page.getByLabel("New password", { exact: true }).fill(resetPassword);
    await page.getByLabel("Confirm new password").fill(resetPassword);
    await page.getByRole("button", { name: "Set new password" }).click();
    await page.getByRole("heading", { name: "Your new password is set" }).waitFor();

    await page.goto("/teacher/");
    await signIn(page, first.email, resetPassword);
    await page.getByRole("navigation", { name: "Main" }).waitFor();
  });

  it("My account lists two devices, and signing out all other devices signs the other one out", async () => {
    const laptop = await newContext();
    await laptop.goto("/teacher/");
    await signIn(laptop, first.email, resetPassword);
    await laptop.getByRole("navigation", { name: "Main" }).waitFor();
    const phone = await newContext();
    await phone.goto("/teacher/");
    await signIn(phone, first.email, resetPassword);
    await phone.getByRole("navigation", { name: "Main" }).waitFor();
    // The sign-in of the previous step is signed out first, so exactly two devices remain.
    const previous = await queryAsPage<{ id: string; current: boolean }[]>(
      laptop,
      run.server.url,
      "account.sessions",
    );
    for (const device of previous.slice(2)) {
      await laptop.request.post(`${run.server.url}/trpc/account.revokeSession`, {
        data: { json: { sessionId: device.id } },
      });
    }

    await laptop.getByRole("link", { name: /My account/ }).click();
    await laptop.getByRole("heading", { level: 1, name: "My account" }).waitFor();
    const devices = laptop.getByRole("list", { name: "Devices" }).getByRole("listitem");
    await expect.poll(() => devices.count()).toBe(2);
    await laptop.getByText("This device").waitFor();
    await expectAccessible(laptop);
    await screenshot(laptop, "my-account");

    await laptop.getByRole("button", { name: "Sign out of all other devices" }).click();
    await laptop.getByText("1 other device is signed out.").waitFor();
    await expect.poll(() => devices.count()).toBe(1);

    await phone.reload();
    await phone.getByLabel("Email").waitFor();
    await expect.poll(() => phone.getByRole("navigation", { name: "Main" }).count()).toBe(0);
  });

  it("a person rostered with letters of another script in the address sets a password and signs in", async () => {
    // RFC 6531 allows it, and school systems hand out addresses like this one.
    const email = "josé.núñez@maplevalley.test";
    const options = await queryAsPage<{ schools: { id: string }[] }>(
      admin,
      run.server.url,
      "peopleAdmin.options",
    );
    const created = await admin.request.post(`${run.server.url}/trpc/peopleAdmin.create`, {
      data: {
        json: {
          displayName: "José Núñez",
          email,
          roles: [{ role: "teacher", schoolId: options.schools[0]?.id ?? "" }],
        },
      },
    });
    type Answer<T> = { result: { data: { json: T } } };
    const { personId } = ((await created.json()) as Answer<{ personId: string }>).result.data.json;
    const invite = await admin.request.post(`${run.server.url}/trpc/peopleAdmin.invite`, {
      data: { json: { personId } },
    });
    const { url } = ((await invite.json()) as Answer<{ url: string }>).result.data.json;

    const page = await newContext();
    await page.goto(new URL(url).pathname);
    await page.getByLabel("Password", { exact: true }).fill(firstPassword);
    await page.getByLabel("Confirm password").fill(firstPassword);
    await page.getByRole("button", { name: "Set password" }).click();
    await page.getByRole("heading", { name: "Your password is set" }).waitFor();
    await page.goto("/teacher/");
    await signIn(page, "José.Núñez@MapleValley.test", firstPassword);
    await page.getByRole("navigation", { name: "Main" }).waitFor();
  });

  it("signs in at http://127.0.0.1 as well as localhost", async () => {
    const loopback = run.server.url.replace("localhost", "127.0.0.1");
    const page = await newContext(loopback);
    await page.goto("/coach/");
    await signIn(page, "coach@maplevalley.test", "throughline-demo");
    await page.getByRole("navigation", { name: "Main" }).waitFor();
  });
});
