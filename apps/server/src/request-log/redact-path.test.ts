import { describe, expect, it } from "vitest";
import { redactPath } from "./redact-path.ts";

const TOKEN = "Zq3v9Kx0bT1mN8rP5sW2yA7cE4gH6jL0oQ9uI3dF1kM";
const ID = "3f1c2b9e-8a4d-4c1e-9f0a-2b3c4d5e6f70";

describe("redactPath", () => {
  it.each([
    [`/invite/${ID}.${TOKEN}`, "/invite/:token"],
    [`/setup/${TOKEN}`, "/setup/:token"],
    [`/password/reset/${TOKEN}`, "/password/reset/:token"],
    [`/api/auth/reset-password/${TOKEN}`, "/api/auth/reset-password/:token"],
    [`/unsubscribe/${TOKEN}`, "/unsubscribe/:token"],
    [`/calendar/${ID}/${TOKEN}.ics`, `/calendar/${ID}/:token.ics`],
    [`/somewhere/new/${TOKEN}`, "/somewhere/new/:token"],
  ])("hides the secret in %s", (path, logged) => {
    expect(redactPath(path)).toBe(logged);
  });

  it.each([
    "/trpc/micropd.complete,teacher.home",
    `/files/evidence/${ID}`,
    `/credentials/${ID}.json`,
    "/districts/maple-valley/did.json",
    "/healthz",
  ])("keeps %s as it is", (path) => {
    expect(redactPath(path)).toBe(path);
  });
});
