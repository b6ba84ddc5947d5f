import type { AddressInfo } from "node:net";
import { type ServerType, serve } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bodyCapFor, REQUEST_BODY_LIMITS } from "./request-limits.ts";
import { chunkedUpload } from "./testing/chunked-upload.ts";
import { testServerPerFile } from "./testing/test-server-per-file.ts";

const MB = 1024 * 1024;

const server = testServerPerFile();
let http: ServerType;
let url: string;

beforeAll(async () => {
  // A real HTTP server, so bodies arrive as a socket's stream rather than as a ready Request.
  http = serve({ fetch: server.app.fetch, port: 0, hostname: "127.0.0.1" });
  await new Promise((resolve) => http.once("listening", resolve));
  url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => http?.close(resolve));
});

async function stillAnswering() {
  const response = await fetch(`${url}/healthz`);
  expect(response.status).toBe(200);
}

describe("request bodies are capped while they stream", () => {
  it("cuts a chunked tRPC body off at 4 MB with tRPC's error shape, and keeps answering", async () => {
    const result = await chunkedUpload(`${url}/trpc/actionPlan.addStep`, {
      headers: { "content-type": "application/json" },
      totalBytes: 200 * MB,
    });
    expect(result.status).toBe(413);
    const body = JSON.parse(result.body);
    expect(body.error.json.message).toBe(
      "This request is larger than 4 MB, the most the server accepts.",
    );
    expect(body.error.json.data.code).toBe("PAYLOAD_TOO_LARGE");
    // Refused near the cap, long before the 200 MB were sent (socket buffers allow a little more).
    expect(result.bytesSent).toBeLessThan(REQUEST_BODY_LIMITS.jsonApi + 16 * MB);
    await stillAnswering();
  });

  it("refuses a large chunked body to sign-in before Better Auth parses it", async () => {
    const result = await chunkedUpload(`${url}/api/auth/sign-in/email`, {
      headers: { "content-type": "application/json", origin: "http://localhost:3000" },
      totalBytes: 50 * MB,
    });
    expect(result.status).toBe(413);
    expect(JSON.parse(result.body)).toEqual({
      code: "PAYLOAD_TOO_LARGE",
      message: "This sign-in request is larger than 64 KB, the most the server accepts.",
    });
    expect(result.bytesSent).toBeLessThan(16 * MB);
    await stillAnswering();
  });

  it("refuses a declared 50 MB sign-in body without reading it", async () => {
    const response = await fetch(`${url}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://localhost:3000" },
      body: new Uint8Array(50 * MB),
    });
    expect(response.status).toBe(413);
    await stillAnswering();
  });

  it("cuts a chunked evidence upload off at the file limit", async () => {
    const result = await chunkedUpload(`${url}/files/evidence`, {
      headers: { "content-type": "multipart/form-data; boundary=x" },
      totalBytes: 300 * MB,
    });
    expect(result.status).toBe(413);
    expect(JSON.parse(result.body)).toEqual({
      error: "This file is larger than the 10 MB limit.",
    });
    expect(result.bytesSent).toBeLessThan(REQUEST_BODY_LIMITS.personalFile + 16 * MB);
    await stillAnswering();
  });

  it("lets a body under the cap through to its route", async () => {
    const response = await fetch(`${url}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://localhost:3000" },
      body: JSON.stringify({ email: "teacher@maplevalley.test", password: "throughline-demo" }),
    });
    expect(response.status).toBe(200);
  });
});

describe("each route has its cap", () => {
  it.each([
    ["/trpc/actionPlan.addStep", REQUEST_BODY_LIMITS.jsonApi],
    ["/trpc/viewer.me,actionPlan.addStep", REQUEST_BODY_LIMITS.jsonApi],
    ["/trpc/rosterImport.preview", REQUEST_BODY_LIMITS.rosterUpload],
    ["/trpc/rosterImport.importFiles", REQUEST_BODY_LIMITS.rosterUpload],
    ["/trpc/ratingsImport.preview", REQUEST_BODY_LIMITS.ratingsUpload],
    ["/trpc/ratingsImport.importFile", REQUEST_BODY_LIMITS.ratingsUpload],
    ["/api/auth/sign-in/email", REQUEST_BODY_LIMITS.auth],
    ["/api/auth/sso/saml2/sp/acs/maple-valley", REQUEST_BODY_LIMITS.samlAnswer],
    ["/files/evidence", REQUEST_BODY_LIMITS.personalFile],
    ["/files/observation-photos", REQUEST_BODY_LIMITS.personalFile],
    ["/files/submission-evidence", REQUEST_BODY_LIMITS.personalFile],
    ["/files/credential-images", REQUEST_BODY_LIMITS.credentialImage],
    ["/password/reset/abc", REQUEST_BODY_LIMITS.form],
    ["/setup/abc", REQUEST_BODY_LIMITS.form],
  ])("%s takes at most its cap", (path, bytes) => {
    expect(bodyCapFor(path).bytes).toBe(bytes);
  });
});
