import { createHash } from "node:crypto";
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createServerApp } from "../app.ts";
import { testServerDeps } from "../testing/test-server.ts";
import { testServerPerFile } from "../testing/test-server-per-file.ts";

/*
 * What a browser is told about every response (security headers, a Content-Security-Policy that
 * allows the server pages' own inline blocks and nothing else), and that a page of another
 * origin, even another port of the same host, cannot make a signed-in person's browser change
 * anything.
 */

const PUBLIC = "http://localhost:3000";
const OTHER_PORT = "http://localhost:8080";
const TEACHER = "teacher@maplevalley.test";

let stepId: string;

const server = testServerPerFile({ publicUrl: PUBLIC });
const { api, app } = server;

beforeAll(async () => {
  const maria = await api.callerFor(TEACHER);
  const stageId = (await maria.teacher.home()).enrolments[0]?.stage.id ?? "";
  stepId = (await maria.actionPlan.mine({ stageId })).plan?.steps[0]?.id ?? "";
});

function directives(response: Response): Map<string, string[]> {
  const policy = response.headers.get("content-security-policy") ?? "";
  return new Map(
    policy
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name = "", ...values]) => [name, values]),
  );
}

function expectFixedHeaders(response: Response) {
  expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  expect(response.headers.get("referrer-policy")).toMatch(
    /^(strict-origin-when-cross-origin|no-referrer)$/,
  );
  expect(response.headers.get("x-frame-options")).toBe("DENY");
  expect(directives(response).get("frame-ancestors")).toEqual(["'none'"]);
  expect(directives(response).get("object-src")).toEqual(["'none'"]);
  // PUBLIC_URL is http here: no HSTS, which would lock a plain-http installation out.
  expect(response.headers.has("strict-transport-security")).toBe(false);
}

describe("security headers", () => {
  it("are on an API response, an app address and a server page", async () => {
    const api = await app.request("/trpc/viewer.me");
    expectFixedHeaders(api);
    expect(directives(api).get("default-src")).toEqual(["'self'"]);
    expect(directives(api).get("script-src")).not.toContain("'unsafe-inline'");

    // The built apps are not served in this test (the browser tests load them under this
    // policy); the policy for their addresses allows no inline script.
    const appPage = await app.request("/teacher/");
    expectFixedHeaders(appPage);
    expect(directives(appPage).get("script-src")).toEqual(["'self'"]);
    expect(directives(appPage).get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);

    const page = await app.request("/password/forgot");
    expect(page.status).toBe(200);
    expectFixedHeaders(page);
    const html = await page.text();
    const inlineStyle = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? "";
    expect(inlineStyle.length).toBeGreaterThan(0);
    const hash = `'sha256-${createHash("sha256").update(inlineStyle).digest("base64")}'`;
    const styleSrc = directives(page).get("style-src") ?? [];
    expect(styleSrc).toContain(hash);
    expect(styleSrc).not.toContain("'unsafe-inline'");
    expect(directives(page).get("script-src")).not.toContain("'unsafe-inline'");
  });

  it("carry HSTS when PUBLIC_URL is https", async () => {
    const secure = await createServerApp(
      testServerDeps(api, api.auth, {
        storage: server.storage,
        publicUrl: "https://pd.district.org",
      }),
    );
    const response = await secure.request("/healthz");
    expect(response.headers.get("strict-transport-security")).toMatch(/max-age=\d{7,}/);
    expect(directives(response).has("upgrade-insecure-requests")).toBe(true);
  });
});

async function uploadEvidence(headers: Record<string, string>) {
  const form = new FormData();
  form.set("stepId", stepId);
  form.set("file", new File(["%PDF-1.4\n%%EOF\n"], "notes.pdf", { type: "application/pdf" }));
  return app.request("/files/evidence", {
    method: "POST",
    body: form,
    headers: { cookie: await api.sessionCookieFor(TEACHER), ...headers },
  });
}

async function storedFileCount(): Promise<number> {
  const entries = await readdir(join(server.dataDir, "files"), {
    recursive: true,
    withFileTypes: true,
  }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).length;
}

describe("writes from another origin", () => {
  it("refuse an upload from another port of the same host, before anything is stored", async () => {
    const before = await storedFileCount();
    const refused = await uploadEvidence({ origin: OTHER_PORT, "sec-fetch-site": "same-site" });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: string }).error).toBe(
      `This request came from a page outside Throughline (${OTHER_PORT}), so it was refused. Open Throughline at ${PUBLIC} and try again.`,
    );
    expect(await storedFileCount()).toBe(before);

    const accepted = await uploadEvidence({ origin: PUBLIC, "sec-fetch-site": "same-origin" });
    expect(accepted.status).toBe(201);
    expect(await storedFileCount()).toBe(before + 1);
  });

  it("refuse a tRPC change from another origin, and take the same one from the app", async () => {
    const send = async (headers: Record<string, string>) =>
      app.request("/trpc/notifications.markAllRead", {
        method: "POST",
        headers: {
          "content-type": "application/json",
          cookie: await api.sessionCookieFor(TEACHER),
          ...headers,
        },
        body: "{}",
      });
    expect((await send({ origin: OTHER_PORT })).status).toBe(403);
    expect((await send({ origin: "null", "sec-fetch-site": "cross-site" })).status).toBe(403);
    expect((await send({ origin: PUBLIC })).status).toBe(200);
  });

  it("take a server page's own form, which says Origin: null under its no-referrer policy", async () => {
    const post = (headers: Record<string, string>) =>
      app.request("/password/forgot", {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
        body: new URLSearchParams({ email: "nobody@maplevalley.test" }).toString(),
      });
    expect((await post({ origin: "null", "sec-fetch-site": "same-origin" })).status).toBe(200);
    expect((await post({ origin: OTHER_PORT, "sec-fetch-site": "same-site" })).status).toBe(403);
  });
});
