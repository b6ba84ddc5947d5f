import { describe, expect, it } from "vitest";
import { createUnsubscribeToken, readUnsubscribeToken } from "./unsubscribe-token.ts";

const secret = "a-test-secret-that-is-long-enough-for-hmac-signing";
const grant = {
  districtId: "6f1f5a3e-2c3b-4a8e-9d41-0c6f0b6f9a11",
  personId: "0b8f2a61-7f0e-4c55-b7a3-5a0d3f1f2c22",
  app: "teacher" as const,
  kinds: ["coach_comment" as const, "meeting_reminder" as const],
};

describe("unsubscribe tokens", () => {
  it("read back what they were made from, and are URL-safe", () => {
    const token = createUnsubscribeToken(grant, secret);
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(readUnsubscribeToken(token, secret)).toEqual(grant);
  });

  it("refuse another secret, a changed payload or signature, and garbage", () => {
    const token = createUnsubscribeToken(grant, secret);
    const [payload, signature] = token.split(".");
    const otherPerson = createUnsubscribeToken(
      { ...grant, personId: "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f" },
      secret,
    );
    expect(readUnsubscribeToken(token, "another-secret-that-is-long-enough-too")).toBeNull();
    expect(readUnsubscribeToken(`${otherPerson.split(".")[0]}.${signature}`, secret)).toBeNull();
    expect(readUnsubscribeToken(`${payload}.${signature?.slice(0, -2)}AA`, secret)).toBeNull();
    expect(readUnsubscribeToken(`${payload}`, secret)).toBeNull();
    expect(readUnsubscribeToken("not.a.token", secret)).toBeNull();
  });
});
