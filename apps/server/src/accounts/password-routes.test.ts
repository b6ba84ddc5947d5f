import { rawRows } from "@throughline/db/testing";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { cookieOf, postForm, signInWithPassword } from "../testing/app-requests.ts";
import { testServerPerFile } from "../testing/test-server-per-file.ts";

const { api, app } = testServerPerFile();

async function resetEmailsTo(address: string) {
  return rawRows<{ subject: string; text_body: string; kind: string | null }>(
    api.db,
    sql`select subject, text_body, kind from outbox_email
        where to_address = ${address} and subject = 'Reset your Throughline password'
        order by created_at`,
  );
}

function resetPathIn(text: string | undefined): string {
  return text?.match(/http:\/\/localhost:3000(\/password\/reset\/[^\s]+)/)?.[1] ?? "";
}

async function timed(run: () => Response | Promise<Response>) {
  const started = performance.now();
  const response = await run();
  return { response, html: await response.text(), ms: performance.now() - started };
}

describe("forgot password", () => {
  it("shows a form with a labelled email field", async () => {
    const response = await app.request("/password/forgot");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.text()).toContain('<label for="forgot-email">Email</label>');
  });

  it("puts a malformed address's message next to the field", async () => {
    const response = await postForm(app, "/password/forgot", { email: "not an address" });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain(
      'id="forgot-email-error">Enter an email address like name@school.org</p>',
    );
    expect(html).toContain('aria-invalid="true"');
  });

  it("answers the same, in about the same time, whether or not the account exists", async () => {
    const known = await timed(() =>
      postForm(app, "/password/forgot", { email: "Coach@MapleValley.test" }),
    );
    const unknown = await timed(() =>
      postForm(app, "/password/forgot", { email: "nobody.here@maplevalley.test" }),
    );
    expect(known.response.status).toBe(200);
    expect(unknown.response.status).toBe(200);
    expect(known.html).toBe(unknown.html);
    expect(known.html).toContain("If an account exists for that address, we've sent a link.");
    expect(known.ms).toBeGreaterThanOrEqual(790);
    expect(unknown.ms).toBeGreaterThanOrEqual(790);
    expect(Math.abs(known.ms - unknown.ms)).toBeLessThan(400);

    const [email] = await resetEmailsTo("coach@maplevalley.test");
    expect(email?.kind).toBeNull();
    expect(email?.text_body).toContain("Maple Valley Unified");
    expect(resetPathIn(email?.text_body)).toMatch(/^\/password\/reset\/\w+$/);
    const [none] = await rawRows<{ count: number }>(
      api.db,
      sql`select count(*)::int as count from outbox_email where to_address = 'nobody.here@maplevalley.test'`,
    );
    expect(none?.count).toBe(0);
  });
});

describe("resetting a password", () => {
  const email = "principal@maplevalley.test";
  const newPassword = "a brand new sentence";

  it("sets the new password once, signs out every session, and keeps only a hash of the token", async () => {
    const before = await signInWithPassword(app, email, "throughline-demo");
    const cookie = cookieOf(before);
    await postForm(app, "/password/forgot", { email });
    const path = resetPathIn((await resetEmailsTo(email))[0]?.text_body);
    const token = path.split("/").pop() ?? "";
    const stored = await rawRows<{ identifier: string }>(
      api.db,
      sql`select identifier from verification`,
    );
    expect(stored.some((row) => row.identifier.includes(token))).toBe(false);

    const form = await app.request(path);
    expect(form.status).toBe(200);
    expect(form.headers.get("referrer-policy")).toBe("no-referrer");
    expect(await form.text()).toContain('<label for="reset-password">New password</label>');

    const mismatch = await postForm(app, path, {
      password: newPassword,
      confirmPassword: "something else",
    });
    expect(mismatch.status).toBe(400);
    expect(await mismatch.text()).toContain(
      'id="reset-confirmPassword-error">The two passwords do not match</p>',
    );
    const short = await postForm(app, path, { password: "short", confirmPassword: "short" });
    expect(short.status).toBe(400);
    expect(await short.text()).toContain(
      'id="reset-password-error">Use at least 10 characters</p>',
    );

    const done = await postForm(app, path, { password: newPassword, confirmPassword: newPassword });
    expect(done.status).toBe(200);
    expect(await done.text()).toContain("Your new password is set");

    const session = await app.request("/trpc/viewer.me", { headers: { cookie } });
    expect(session.status).toBe(401);
    expect((await signInWithPassword(app, email, "throughline-demo")).status).toBe(401);
    expect((await signInWithPassword(app, email, newPassword)).status).toBe(200);

    const again = await postForm(app, path, {
      password: "yet another password",
      confirmPassword: "yet another password",
    });
    expect(again.status).toBe(404);
    expect(await again.text()).toContain("This link has expired or was used");
    expect((await app.request(path)).status).toBe(404);
  });

  it("refuses an expired or unknown link", async () => {
    const address = "coach@maplevalley.test";
    await postForm(app, "/password/forgot", { email: address });
    const emails = await resetEmailsTo(address);
    const path = resetPathIn(emails[emails.length - 1]?.text_body);
    await rawRows(api.db, sql`update verification set expires_at = now() - interval '1 minute'`);
    const expired = await app.request(path);
    expect(expired.status).toBe(404);
    expect(await expired.text()).toContain("Password reset links work once, for one hour.");
    const posted = await postForm(app, path, {
      password: newPassword,
      confirmPassword: newPassword,
    });
    expect(posted.status).toBe(404);
    expect((await app.request("/password/reset/made-up-token")).status).toBe(404);
  });

  it("is not reachable through Better Auth's own endpoints from a browser", async () => {
    for (const path of ["/api/auth/request-password-reset", "/api/auth/reset-password"]) {
      const response = await app.request(path, {
        method: "POST",
        headers: { "content-type": "application/json", origin: "http://localhost:3000" },
        body: JSON.stringify({ email: "coach@maplevalley.test", newPassword: "x".repeat(12) }),
      });
      expect(response.status).toBe(404);
    }
  });
});
