import type { FileStorage } from "@throughline/api/files/storage";
import type { Database } from "@throughline/db/client";
import { seedDemoData } from "@throughline/db/seed";
import { seedDemoVideo } from "../video/demo-video.ts";
import type { VideoServing } from "../video/video-routes.ts";
import { type CredentialDemoDeps, seedCredentialDemo } from "./seed-credential-demo.ts";

/**
 * Seeds the demo districts into a database that lacks them and, only when it has just done so,
 * the micro-credential demo and a short demo video on top: a database someone has been using
 * is never added to.
 */
export async function seedDemo(
  deps: CredentialDemoDeps & { db: Database; storage: FileStorage; videos?: VideoServing },
): Promise<void> {
  const written = await seedDemoData(deps.db, { now: deps.now });
  if (!written.includes("maple-valley")) return;
  await seedCredentialDemo(deps);
  // A short lesson video for the demo teacher when ffmpeg can make one; the worker prepares it.
  if (deps.videos) await seedDemoVideo({ db: deps.db, ...deps.videos });
}
