import { createAuth } from "@throughline/api/auth";
import {
  createTestApi,
  TEST_PUBLIC_URL,
  TEST_SERVER_SECRET,
  type TestApi,
} from "@throughline/api/testing/test-api";
import { pino } from "pino";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createServerApp } from "./app.ts";
import { tempFileStorage } from "./files/temp-storage.ts";

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => {
  await api?.close();
});

it("slows down password guessing, whatever address header a client sends", async () => {
  const auth = createAuth({
    db: api.db,
    secret: "test-secret-that-is-long-enough-for-hmac",
    baseURL: "http://localhost:3000",
    secureCookies: false,
    signInAttemptsPerMinute: 2,
  });
  const app = await createServerApp({
    db: api.db,
    dbKind: api.kind,
    auth,
    logger: pino({ level: "silent" }),
    storage: tempFileStorage(),
    serveApps: false,
    publicUrl: TEST_PUBLIC_URL,
    secret: TEST_SERVER_SECRET,
  });
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
