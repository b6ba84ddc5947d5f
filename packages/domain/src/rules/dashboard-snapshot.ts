/*
 * When a dashboard is read from its kept snapshot instead of being built for the request.
 *
 * A district's dashboard sums every teacher's figures: at 20,000 teachers one build takes seconds
 * of database and processor time, so eight principals opening it at once would wait half a
 * minute each. A dashboard that large is built at most once a minute and kept
 * (`dashboard_snapshot`); readers get the kept figures, named "as of" their time, while a fresh
 * build runs after the answer. A small dashboard (a school, a team, a small district) is built
 * for every request, so what a person just did shows at once.
 */

export interface DashboardSnapshotOptions {
  /** A dashboard over at least this many teachers is kept and served from its snapshot. */
  minTeachers: number;
  /** A snapshot older than this is served once more while a fresh one is built. */
  refreshAfterMs: number;
  /** A snapshot older than this (the server was idle) is not served: the reader waits for a build. */
  maxAgeMs: number;
}

export const defaultDashboardSnapshotOptions: DashboardSnapshotOptions = {
  minTeachers: 2_000,
  refreshAfterMs: 60_000,
  maxAgeMs: 15 * 60_000,
};

interface KeptSnapshot {
  builtAt: Date;
}

/**
 * What a read does with the snapshot it found: `serve` it, `serve-and-refresh` (serve it and
 * build a fresh one after answering), or `build` now (none, or too old to show).
 */
export type SnapshotRead = "serve" | "serve-and-refresh" | "build";

export function snapshotRead(
  snapshot: KeptSnapshot | null,
  now: Date,
  options: DashboardSnapshotOptions,
): SnapshotRead {
  if (!snapshot) return "build";
  const age = now.getTime() - snapshot.builtAt.getTime();
  // A clock that went back makes a snapshot from "the future": rebuild rather than trust it.
  if (age < 0 || age > options.maxAgeMs) return "build";
  return age > options.refreshAfterMs ? "serve-and-refresh" : "serve";
}

/** Whether a dashboard just built is big enough to keep (a smaller one drops its snapshot). */
export function keepsSnapshot(teacherCount: number, options: DashboardSnapshotOptions): boolean {
  return teacherCount >= options.minTeachers;
}
