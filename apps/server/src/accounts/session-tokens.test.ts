import { describe, expect, it } from "vitest";
import { cookieOf } from "../testing/app-requests.ts";
import { testServerPerFile } from "../testing/test-server-per-file.ts";

/*
 * No session token is readable by page JavaScript: it lives in the HttpOnly cookie only. Every
 * response body a signed-in page can fetch from the session endpoints is searched for it.
 */

const { app } = testServerPerFile();

const origin = "http://localhost:3000";

async function signIn(email: string) {
  const response = await app.request("/api/auth/sign-in/email", {
    method: "POST",
    headers: {
      "content-type": "application/json",
      origin,
      "user-agent": "Mozilla/5.0 Firefox/133.0",
    },
    body: JSON.stringify({ email, password: "throughline-demo" }),
  });
  expect(response.status).toBe(200);
  return { body: await response.text(), cookie: cookieOf(response) };
}

/** The session token inside the signed cookie value `<token>.<signature>`. */
function tokenOf(cookie: string): string {
  const value = cookie.match(/session_token=([^;]+)/)?.[1] ?? "";
  return decodeURIComponent(value).split(".")[0] ?? "";
}

describe("session tokens", () => {
  it("appear in no response body of the session endpoints", async () => {
    const signedIn = await signIn("coach@maplevalley.test");
    const token = tokenOf(signedIn.cookie);
    expect(token.length).toBeGreaterThanOrEqual(20);
    expect(signedIn.body).not.toContain(token);
    expect(JSON.parse(signedIn.body)).toHaveProperty("user.email", "coach@maplevalley.test");

    const headers = { cookie: signedIn.cookie, origin };
    const getSession = await app.request("/api/auth/get-session", { headers });
    expect(getSession.status).toBe(200);
    const sessionBody = await getSession.text();
    expect(JSON.parse(sessionBody)).toHaveProperty("session.id");
    expect(sessionBody).not.toContain(token);

    // Better Auth's list returns every session's raw token: it is switched off.
    const listed = await app.request("/api/auth/list-sessions", { headers });
    expect(listed.status).toBe(404);
    expect(await listed.text()).not.toContain(token);

    const devices = await app.request("/trpc/account.sessions", { headers });
    expect(devices.status).toBe(200);
    const devicesBody = await devices.text();
    expect(devicesBody).toContain('"browser":"Firefox"');
    expect(devicesBody).not.toContain(token);

    const revokeByToken = await app.request("/api/auth/revoke-session", {
      method: "POST",
      headers: { ...headers, "content-type": "application/json" },
      body: JSON.stringify({ token }),
    });
    expect(revokeByToken.status).toBe(404);
  });

  it("is not in the answer to a password change that signs out the other devices", async () => {
    const email = "teacher@maplevalley.test";
    const other = await signIn(email);
    const here = await signIn(email);
    const changed = await app.request("/api/auth/change-password", {
      method: "POST",
      headers: { cookie: here.cookie, origin, "content-type": "application/json" },
      body: JSON.stringify({
        currentPassword: "throughline-demo",
        newPassword: "a changed password here",
        revokeOtherSessions: true,
      }),
    });
    expect(changed.status).toBe(200);
    const newCookie = changed.headers
      .getSetCookie()
      .map((line) => line.split(";")[0])
      .join("; ");
    const body = await changed.text();
    for (const cookie of [here.cookie, other.cookie, newCookie]) {
      const token = tokenOf(cookie);
      if (token) expect(body).not.toContain(token);
    }
    expect(
      (await app.request("/trpc/viewer.me", { headers: { cookie: other.cookie } })).status,
    ).toBe(401);
    expect((await app.request("/trpc/viewer.me", { headers: { cookie: newCookie } })).status).toBe(
      200,
    );
  });
});
