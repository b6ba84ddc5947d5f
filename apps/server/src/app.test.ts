import { DEMO_PASSWORD } from "@throughline/api/testing/test-api";
import { describe, expect, it } from "vitest";
import { signInWithPassword } from "./testing/app-requests.ts";
import { testServerPerFile } from "./testing/test-server-per-file.ts";

const { api, app } = testServerPerFile();

async function signedInCookie(): Promise<string> {
  const response = await signInWithPassword(app, "teacher@maplevalley.test", DEMO_PASSWORD);
  expect(response.status).toBe(200);
  const setCookie = response.headers.getSetCookie();
  expect(setCookie.join(";")).toMatch(/HttpOnly/i);
  expect(setCookie.join(";")).toMatch(/SameSite=Lax/i);
  return setCookie.map((line) => line.split(";")[0]).join("; ");
}

function trpcInput(value: unknown): string {
  return encodeURIComponent(JSON.stringify({ json: value }));
}

describe("server", () => {
  it("reports health and which database it runs on", async () => {
    const response = await app.request("/healthz");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", db: api.kind });
  });

  it("serves the product mark emails show, as a PNG", async () => {
    const response = await app.request("/brand/throughline-mark.png");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    const bytes = new Uint8Array(await response.arrayBuffer());
    // The PNG signature: the file is an image, not an error page.
    expect([...bytes.slice(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
  });

  it("answers a signed-out call with 401", async () => {
    const response = await app.request("/trpc/viewer.me");
    expect(response.status).toBe(401);
  });

  it("answers a malformed input with 400 naming the field, and no stack trace", async () => {
    const cookie = await signedInCookie();
    const response = await app.request(
      `/trpc/framework.stage?input=${trpcInput({ stageId: 42 })}`,
      {
        headers: { cookie },
      },
    );
    expect(response.status).toBe(400);
    const body = (await response.json()) as {
      error: {
        json: { message: string; data: { fieldErrors: { path: string }[]; stack?: string } };
      };
    };
    expect(body.error.json.message).toContain("stageId");
    expect(body.error.json.data.fieldErrors.map((fieldError) => fieldError.path)).toEqual([
      "stageId",
    ]);
    expect(JSON.stringify(body)).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it("signs out: the session cookie stops working", async () => {
    const cookie = await signedInCookie();
    expect((await app.request("/trpc/viewer.me", { headers: { cookie } })).status).toBe(200);
    const signOut = await app.request("/api/auth/sign-out", {
      method: "POST",
      headers: { cookie, origin: "http://localhost:3000" },
    });
    expect(signOut.status).toBe(200);
    expect((await app.request("/trpc/viewer.me", { headers: { cookie } })).status).toBe(401);
  });
});
