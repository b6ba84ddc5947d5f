import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { FOLLOWS_BETTER_AUTH_VERSION } from "./email-address-endpoints.ts";

/*
 * `/sign-in/email` and `/request-password-reset` are ours, copied from one Better Auth release
 * (see email-address-endpoints.ts). When Better Auth is upgraded this fails, so that its new
 * handlers (a security fix, a new check) are read and carried over before the version here
 * moves. The behaviour itself is tested through the server: `international-email.test.ts`.
 */
describe("the email address endpoints", () => {
  it("follow the Better Auth release that is installed", async () => {
    const entry = createRequire(import.meta.url).resolve("better-auth");
    let folder = dirname(entry);
    while (!folder.endsWith("/node_modules/better-auth") && folder !== dirname(folder)) {
      folder = dirname(folder);
    }
    const installed = JSON.parse(await readFile(join(folder, "package.json"), "utf8")) as {
      version: string;
    };
    expect(installed.version).toBe(FOLLOWS_BETTER_AUTH_VERSION);
  });
});
