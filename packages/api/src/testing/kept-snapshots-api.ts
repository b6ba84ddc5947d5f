import type { DashboardSnapshotOptions } from "@throughline/domain/rules/dashboard-snapshot";
import { afterAll } from "vitest";
import { settleDashboardRebuilds } from "../routers/dashboard/kept-dashboard.ts";
import { testApiPerFile } from "./test-api-per-file.ts";

/**
 * The test API of one file with kept snapshots (dashboards, the overview's counts, impact
 * reports) for every district of one teacher or more, as the demo district is small; rebuilt
 * after a minute, served up to 15 minutes old. A test may change `options` (and set them back);
 * the background rebuilds' errors collect in `rebuildErrors`, and the rebuilds settle before the
 * API closes.
 */
export function keptSnapshotsApiPerFile() {
  const options: DashboardSnapshotOptions = {
    minTeachers: 1,
    refreshAfterMs: 60_000,
    maxAgeMs: 15 * 60_000,
  };
  const rebuildErrors: unknown[] = [];
  const api = testApiPerFile({
    dashboardSnapshots: { options, reportError: (error) => rebuildErrors.push(error) },
  });
  // Registered after the API's own close, so it runs first: vitest runs `afterAll` in reverse.
  afterAll(async () => {
    await settleDashboardRebuilds();
  });
  return { api, options, rebuildErrors };
}
