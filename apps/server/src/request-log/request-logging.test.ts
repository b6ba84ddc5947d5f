import { Writable } from "node:stream";
import { LocalDiskStorage } from "@throughline/api/files/local-disk-storage";
import { createTestApi, type TestApi } from "@throughline/api/testing/test-api";
import { rawRows } from "@throughline/db/testing";
import { sql } from "drizzle-orm";
import type { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServerApp } from "../app.ts";
import { createLogger } from "../logger.ts";
import { testServerDeps } from "../testing/test-server.ts";

/*
 * Real requests through the whole server with the production logger writing into memory: each
 * line names its request, district and person, and nothing a person typed or any secret from a
 * link or a cookie reaches the log.
 */

const TEACHER = "teacher@maplevalley.test";
const PASSWORD = "throughline-demo";
const REFLECTION =
  "PRIVATE-REFLECTION: the think-aloud helped Jordan most, and I will shorten my modelling.";

type LogLine = Record<string, unknown> & { msg?: string; requestId?: string };

let api: TestApi;
let app: Hono;
const lines: LogLine[] = [];
let logText = "";

beforeAll(async () => {
  api = await createTestApi();
  const sink = new Writable({
    write(chunk, _encoding, done) {
      logText += chunk.toString();
      for (const line of chunk.toString().split("\n").filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  app = await createServerApp(
    testServerDeps(api, api.auth, {
      logger: createLogger({ LOG_LEVEL: "info" }, sink),
      storage: new LocalDiskStorage("memory-unused"),
    }),
  );
});
afterAll(async () => {
  await api?.close();
});

function requestLineOf(requestId: string): LogLine | undefined {
  return lines.find((line) => line.requestId === requestId && line.msg === "request");
}

async function personOf(email: string) {
  const [row] = await rawRows<{ district_id: string; id: string }>(
    api.db,
    sql`select p.district_id, p.id from person p join "user" u on u.id = p.user_id where u.email = ${email}`,
  );
  if (!row) throw new Error(`No person for ${email}`);
  return row;
}

describe("request logs", () => {
  it("name the request, the district and the person, and never hold what was typed or a secret", async () => {
    const signIn = await app.request("/api/auth/sign-in/email", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        origin: "http://localhost:3000",
        "x-request-id": "lb-7f3a9c",
      },
      body: JSON.stringify({ email: TEACHER, password: PASSWORD }),
    });
    expect(signIn.status).toBe(200);
    // A sane id from a proxy is kept and echoed.
    expect(signIn.headers.get("x-request-id")).toBe("lb-7f3a9c");
    expect(requestLineOf("lb-7f3a9c")).toMatchObject({ method: "POST", status: 200 });
    const cookie = signIn.headers
      .getSetCookie()
      .map((line) => line.split(";")[0])
      .join("; ");
    const sessionToken = decodeURIComponent(cookie.split("=")[1] ?? "").split(".")[0] ?? "";
    expect(sessionToken.length).toBeGreaterThan(10);

    // A reflection saved through tRPC, with an id no one should trust (it has spaces).
    const caller = await api.callerFor(TEACHER);
    const home = await caller.teacher.home();
    const stageId = home.enrolments[0]?.stage.id ?? "";
    const stage = await caller.path.stage({ stageId });
    const next = stage.enrolment?.next;
    if (!next || next.kind === "finished") throw new Error("The teacher has no next session.");
    const saved = await app.request("/trpc/micropd.complete", {
      method: "POST",
      headers: { "content-type": "application/json", cookie, "x-request-id": "not a sane id" },
      body: JSON.stringify({ json: { sessionId: next.session.id, reflection: REFLECTION } }),
    });
    expect(saved.status).toBe(200);
    const savedId = saved.headers.get("x-request-id") ?? "";
    expect(savedId).toMatch(/^[0-9a-f-]{36}$/);
    const teacher = await personOf(TEACHER);
    expect(requestLineOf(savedId)).toMatchObject({
      path: "/trpc/micropd.complete",
      status: 200,
      districtId: teacher.district_id,
      personId: teacher.id,
    });

    // An invite link: the token is hidden in the logged path.
    const admin = await api.callerFor("admin@maplevalley.test");
    const options = await admin.peopleAdmin.options();
    const { personId } = await admin.peopleAdmin.create({
      displayName: "Logged Invite",
      email: "logged.invite@maplevalley.test",
      roles: [{ role: "teacher", schoolId: options.schools[0]?.id ?? "" }],
    });
    const { url } = await admin.peopleAdmin.invite({ personId });
    const invitePath = new URL(url).pathname;
    const inviteToken = invitePath.split("/").pop() ?? "";
    const invite = await app.request(`${invitePath}?utm=${inviteToken}`);
    expect(invite.status).toBe(200);
    const inviteLine = requestLineOf(invite.headers.get("x-request-id") ?? "");
    expect(inviteLine?.path).toBe("/invite/:token");

    for (const secret of [PASSWORD, REFLECTION, "PRIVATE-REFLECTION", inviteToken, sessionToken]) {
      expect(logText).not.toContain(secret);
    }
    // Every request line carries its id.
    const requestLines = lines.filter((line) => line.msg === "request");
    expect(requestLines.length).toBeGreaterThanOrEqual(3);
    for (const line of requestLines) expect(line.requestId).toEqual(expect.any(String));
  });
});
