import { rawRows } from "@throughline/db/testing";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { postForm, signInWithPassword } from "../testing/app-requests.ts";
import { testServerPerFile } from "../testing/test-server-per-file.ts";

let elementaryId: string;

const { api, app } = testServerPerFile();

beforeAll(async () => {
  const options = await (await api.callerFor("admin@maplevalley.test")).peopleAdmin.options();
  elementaryId = options.schools.find((s) => s.name === "Maple Valley Elementary")?.id ?? "";
});

/** A new teacher and the path of their invite link. */
async function invitedTeacher(email: string): Promise<{ personId: string; path: string }> {
  const admin = await api.callerFor("admin@maplevalley.test");
  const { personId } = await admin.peopleAdmin.create({
    displayName: "Invited Teacher",
    email,
    roles: [{ role: "teacher", schoolId: elementaryId }],
  });
  const { url } = await admin.peopleAdmin.invite({ personId });
  return { personId, path: new URL(url).pathname };
}

describe("invite links", () => {
  it("set a password that then signs in, and work once", async () => {
    const email = "first.invite@maplevalley.test";
    const { path } = await invitedTeacher(email);

    const form = await app.request(path);
    expect(form.status).toBe(200);
    expect(form.headers.get("cache-control")).toBe("no-store");
    const formHtml = await form.text();
    expect(formHtml).toContain("Set your password for Throughline, Maple Valley Unified");
    expect(formHtml).toContain('<label for="invite-password">Password</label>');

    const password = "a long enough password";
    const done = await postForm(app, path, { password, confirmPassword: password });
    expect(done.status).toBe(200);
    const doneHtml = await done.text();
    expect(doneHtml).toContain("Your password is set");
    expect(doneHtml).toContain('href="/teacher/"');

    expect((await signInWithPassword(app, email, password)).status).toBe(200);

    const again = await app.request(path);
    expect(again.status).toBe(404);
    expect(await again.text()).toContain("This link has expired or was used");
    const repost = await postForm(app, path, {
      password: "another password!",
      confirmPassword: "another password!",
    });
    expect(repost.status).toBe(404);
    expect((await signInWithPassword(app, email, "another password!")).status).not.toBe(200);
  });

  it("re-render the form with the message next to the field for a short or mismatched password", async () => {
    const { path } = await invitedTeacher("short.password@maplevalley.test");
    const short = await postForm(app, path, { password: "short", confirmPassword: "short" });
    expect(short.status).toBe(400);
    const shortHtml = await short.text();
    expect(shortHtml).toContain('id="invite-password-error">Use at least 10 characters</p>');
    expect(shortHtml).toContain('aria-invalid="true"');

    const mismatch = await postForm(app, path, {
      password: "a long enough password",
      confirmPassword: "a different password",
    });
    expect(mismatch.status).toBe(400);
    expect(await mismatch.text()).toContain(
      'id="invite-confirmPassword-error">The two passwords do not match</p>',
    );

    // The link still works after a refused attempt.
    expect((await app.request(path)).status).toBe(200);
  });

  it("show the expired page for an expired, unknown or malformed token", async () => {
    const { personId, path } = await invitedTeacher("expired.invite@maplevalley.test");
    await rawRows(
      api.db,
      sql`update person_invite set expires_at = now() - interval '1 minute' where person_id = ${personId}`,
    );
    const expired = await app.request(path);
    expect(expired.status).toBe(404);
    expect(await expired.text()).toContain("This link has expired or was used");

    const districtId = path.split("/")[2]?.split(".")[0] ?? "";
    for (const token of [`${districtId}.${"x".repeat(43)}`, "nonsense"]) {
      const response = await app.request(`/invite/${token}`);
      expect(response.status).toBe(404);
      expect(await response.text()).toContain("This link has expired or was used");
    }
  });
});
