import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Database } from "@throughline/db/client";
import { startPlatform } from "./bench-processes.ts";
import { sessionCookie } from "./bench-sign-in.ts";
import { addScaleLogins, scaleId } from "./scale-generate.ts";

/**
 * The admin overview of the generated district over HTTP, as the admin app asks for it: the
 * built platform on the scale database, signed in as the district admin and as the first
 * school's principal. Prints each answer's JSON size (uncompressed: the browser is sent it
 * compressed) and hands each request to `measure` (8 callers).
 */
export async function measureAdminOverview(
  db: Database,
  databaseUrl: string,
  measure: (label: string, run: () => Promise<unknown>) => Promise<void>,
): Promise<void> {
  const workDir = await mkdtemp(join(tmpdir(), "bench-overview-"));
  const platform = await startPlatform(databaseUrl, workDir);
  try {
    const emails = await addScaleLogins(db, ["admin", "p0"]);
    const schoolInput = encodeURIComponent(JSON.stringify({ json: { schoolId: scaleId("s0") } }));
    const asked = [
      { label: "overview, district admin", who: "admin", path: "admin.overview" },
      { label: "overview, principal", who: "p0", path: "admin.overview" },
      {
        label: "one school's overview",
        who: "admin",
        path: `admin.schoolOverview?input=${schoolInput}`,
      },
    ];
    for (const { label, who, path } of asked) {
      const cookie = await sessionCookie(platform, emails[who] ?? "");
      const get = async () => {
        const response = await fetch(`${platform.url}/trpc/${path}`, {
          headers: { cookie, "accept-encoding": "identity" },
        });
        const body = await response.text();
        if (!response.ok) throw new Error(`${path}: ${response.status} ${body.slice(0, 300)}`);
        return body.length;
      };
      console.log(`${label}: ${((await get()) / 1024).toFixed(1)} KB of JSON`);
      await measure(label, get);
    }
  } finally {
    await platform.stop();
    await rm(workDir, { recursive: true, force: true });
  }
}
