import { membershipFor, rawRows } from "@throughline/db/testing";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { codeOf } from "../../testing/error-code.ts";
import { DEMO_PASSWORD } from "../../testing/test-api.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";

const api = testApiPerFile();

async function sessionCount(email: string): Promise<number> {
  const [row] = await rawRows<{ count: number }>(
    api.db,
    sql`select count(*)::int as count from session join "user" on "user".id = session.user_id
        where "user".email = ${email}`,
  );
  return row?.count ?? 0;
}

function signInStatus(email: string, password = DEMO_PASSWORD) {
  return api.auth.api
    .signInEmail({ body: { email, password }, asResponse: true })
    .then(async (response) => ({ status: response.status, body: await response.text() }));
}

describe("signed-in devices", () => {
  const email = "coach@maplevalley.test";

  it("lists the viewer's sessions by id, marks this device, and never carries a token", async () => {
    const laptop = await api.callerFor(email);
    const phone = await api.callerFor(email);
    const fromLaptop = await laptop.account.sessions();
    expect(fromLaptop.length).toBeGreaterThanOrEqual(2);
    expect(fromLaptop.filter((device) => device.current)).toHaveLength(1);
    const tokens = await rawRows<{ token: string }>(
      api.db,
      sql`select session.token from session join "user" on "user".id = session.user_id
          where "user".email = ${email}`,
    );
    const text = JSON.stringify(fromLaptop);
    for (const { token } of tokens) expect(text).not.toContain(token);
    expect(Object.keys(fromLaptop[0] ?? {}).sort()).toEqual(
      ["browser", "current", "id", "ipAddress", "lastActiveAt", "os", "signedInAt"].sort(),
    );

    const phoneId = (await phone.account.sessions()).find((device) => device.current)?.id ?? "";
    expect(await laptop.account.revokeSession({ sessionId: phoneId })).toEqual({
      signedOutHere: false,
    });
    expect(await codeOf(phone.account.sessions())).toBe("UNAUTHORIZED");
    expect(await codeOf(laptop.account.sessions())).toBe("OK");
  });

  it("refuses to sign out someone else's device: it is not found", async () => {
    const other = await api.callerFor("teacher@maplevalley.test");
    const otherId = (await other.account.sessions()).find((device) => device.current)?.id ?? "";
    const coach = await api.callerFor(email);
    expect(await codeOf(coach.account.revokeSession({ sessionId: otherId }))).toBe("NOT_FOUND");
    expect(await codeOf(other.account.sessions())).toBe("OK");
  });

  it("signs out every other device and keeps this one", async () => {
    const first = await api.callerFor(email);
    const second = await api.callerFor(email);
    const third = await api.callerFor(email);
    const { signedOut } = await third.account.revokeOtherSessions();
    expect(signedOut).toBeGreaterThanOrEqual(2);
    expect(await codeOf(first.account.sessions())).toBe("UNAUTHORIZED");
    expect(await codeOf(second.account.sessions())).toBe("UNAUTHORIZED");
    expect(await third.account.sessions()).toHaveLength(1);
    expect(await sessionCount(email)).toBe(1);
  });
});

describe("deactivating a person", () => {
  const email = "angela.rossi@maplevalley.test";

  it("ends all their sessions at once, refuses sign-in, and reactivation brings none back", async () => {
    const desk = await api.callerFor(email);
    const tablet = await api.callerFor(email);
    expect(await sessionCount(email)).toBeGreaterThanOrEqual(2);
    const { personId } = await membershipFor(api.db, email);

    const admin = await api.callerFor("admin@maplevalley.test");
    await admin.peopleAdmin.setActive({ personId, active: false });
    expect(await sessionCount(email)).toBe(0);
    expect(await codeOf(desk.viewer.me())).toBe("UNAUTHORIZED");

    const refused = await signInStatus(email);
    expect(refused.status).toBe(403);
    expect(refused.body).toContain("This account is not active");
    // The refused sign-in left no session behind.
    expect(await sessionCount(email)).toBe(0);
    // Only the right password learns that the account is inactive.
    expect((await signInStatus(email, "not the password")).status).toBe(401);

    await admin.peopleAdmin.setActive({ personId, active: true });
    expect(await sessionCount(email)).toBe(0);
    expect(await codeOf(tablet.viewer.me())).toBe("UNAUTHORIZED");
    expect((await signInStatus(email)).status).toBe(200);
  });
});
