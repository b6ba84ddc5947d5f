import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readEnv } from "./env.ts";
import { resolveAuthSecret } from "./secret.ts";

describe("configuration", () => {
  it("has working defaults for the embedded mode", () => {
    const env = readEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.DATA_DIR).toBe(join(process.cwd(), ".data"));
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it("always resolves the public address: PUBLIC_URL, or localhost at PORT", () => {
    expect(readEnv({}).PUBLIC_URL).toBe("http://localhost:3000");
    expect(readEnv({ PORT: "8080" }).PUBLIC_URL).toBe("http://localhost:8080");
    expect(readEnv({ PUBLIC_URL: "https://pd.district.org", PORT: "8080" }).PUBLIC_URL).toBe(
      "https://pd.district.org",
    );
  });

  it("keeps a relative data folder where the command was typed", () => {
    expect(readEnv({ INIT_CWD: "/srv/throughline", DATA_DIR: "state" }).DATA_DIR).toBe(
      "/srv/throughline/state",
    );
  });

  it("treats an empty variable as unset", () => {
    expect(readEnv({ DATABASE_URL: "", PORT: "" }).DATABASE_URL).toBeUndefined();
  });

  it("names the setting that is wrong", () => {
    expect(() => readEnv({ PORT: "eighty" })).toThrow(/PORT/);
    expect(() => readEnv({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL/);
  });

  it("seeds the demo in development but not in production unless asked for", () => {
    expect(readEnv({ NODE_ENV: "production" }).SEED_DEMO_DATA).toBe(false);
    expect(readEnv({ NODE_ENV: "development" }).SEED_DEMO_DATA).toBe(true);
    expect(readEnv({}).SEED_DEMO_DATA).toBe(true);
    expect(readEnv({ NODE_ENV: "production", SEED_DEMO_DATA: "true" }).SEED_DEMO_DATA).toBe(true);
    expect(readEnv({ NODE_ENV: "development", SEED_DEMO_DATA: "false" }).SEED_DEMO_DATA).toBe(
      false,
    );
  });

  it("generates a secret once in the data folder and reuses it", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "throughline-env-"));
    const env = readEnv({ DATA_DIR: dataDir });
    const first = await resolveAuthSecret(env);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(await resolveAuthSecret(env)).toBe(first);
    await rm(dataDir, { recursive: true });
  });

  it("refuses to start on a real database without a secret", async () => {
    const env = readEnv({ DATABASE_URL: "postgres://localhost/throughline" });
    await expect(resolveAuthSecret(env)).rejects.toThrow(/AUTH_SECRET/);
  });
});
