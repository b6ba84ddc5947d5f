import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createAuth } from "@throughline/api/auth";
import { LocalDiskStorage } from "@throughline/api/files/local-disk-storage";
import { testApiPerFile } from "@throughline/api/testing/test-api-per-file";
import { expect, it } from "vitest";
import { createServerApp } from "./app.ts";
import { TINY_PDF } from "./testing/sample-files.ts";
import { testServerDeps } from "./testing/test-server.ts";

const api = testApiPerFile();

it("slows down password guessing, whatever address header a client sends", async () => {
  const auth = createAuth({
    db: api.db,
    secret: "test-secret-that-is-long-enough-for-hmac",
    baseURL: "http://localhost:3000",
    secureCookies: false,
    signInAttemptsPerMinute: 2,
  });
  const app = await createServerApp(testServerDeps(api, auth));
  const attempt = (spoofed: string) =>
    app.request("/api/auth/sign-in/email", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        origin: "http://localhost:3000",
        "x-throughline-client-address": spoofed,
      },
      body: JSON.stringify({ email: "teacher@maplevalley.test", password: "guess-guess-guess" }),
    });
  const statuses = [];
  for (const spoofed of ["10.0.0.1", "10.0.0.2", "10.0.0.3", "10.0.0.4"]) {
    statuses.push((await attempt(spoofed)).status);
  }
  expect(statuses.slice(0, 2)).toEqual([401, 401]);
  expect(statuses.slice(2)).toEqual([429, 429]);
});

it("holds uploads to the same per-person write rate as changes through the API", async () => {
  const dataDir = await mkdtemp(join(tmpdir(), "throughline-upload-rate-"));
  const app = await createServerApp(
    testServerDeps(api, api.auth, { storage: new LocalDiskStorage(dataDir), writesPerMinute: 2 }),
  );
  const storedFiles = async () =>
    (
      await readdir(join(dataDir, "files"), { recursive: true, withFileTypes: true }).catch(
        () => [],
      )
    ).filter((entry) => entry.isFile()).length;
  const maria = await api.callerFor("teacher@maplevalley.test");
  const stageId = (await maria.teacher.home()).enrolments[0]?.stage.id ?? "";
  const stepId = (await maria.actionPlan.mine({ stageId })).plan?.steps[0]?.id ?? "";
  const cookie = await api.sessionCookieFor("teacher@maplevalley.test");
  const upload = () => {
    const form = new FormData();
    form.set("stepId", stepId);
    form.set("file", new File([TINY_PDF], "plan.pdf", { type: "application/pdf" }));
    return app.request("/files/evidence", { method: "POST", body: form, headers: { cookie } });
  };
  try {
    expect((await upload()).status).toBe(201);
    expect((await upload()).status).toBe(201);
    const refused = await upload();
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("30");
    expect(await refused.json()).toEqual({
      error:
        "You are saving changes faster than the server takes them (2 a minute). Wait 30 seconds and try again.",
    });
    expect(await storedFiles()).toBe(2);
    // One bucket per person, whatever the route: a change through the API is held too.
    const change = await app.request("/trpc/notifications.markAllRead", {
      method: "POST",
      headers: { cookie, "content-type": "application/json" },
      body: "{}",
    });
    expect(change.status).toBe(429);

    // Badge images are uploads too (a district admin's own bucket).
    const adminCookie = await api.sessionCookieFor("admin@maplevalley.test");
    const image = () => {
      const form = new FormData();
      form.set(
        "file",
        new File(["<svg xmlns='http://www.w3.org/2000/svg'/>"], "b.svg", { type: "image/svg+xml" }),
      );
      return app.request("/files/credential-images", {
        method: "POST",
        body: form,
        headers: { cookie: adminCookie },
      });
    };
    expect([(await image()).status, (await image()).status, (await image()).status]).toEqual([
      201, 201, 429,
    ]);
    expect(await storedFiles()).toBe(4);
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
});
