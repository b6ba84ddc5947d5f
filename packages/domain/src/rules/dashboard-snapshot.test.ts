import { describe, expect, it } from "vitest";
import {
  type DashboardSnapshotOptions,
  keepsSnapshot,
  type SnapshotRead,
  snapshotRead,
} from "./dashboard-snapshot.ts";

const options: DashboardSnapshotOptions = {
  minTeachers: 2_000,
  refreshAfterMs: 60_000,
  maxAgeMs: 900_000,
};
const now = new Date("2026-12-06T12:00:00Z");
const builtSecondsAgo = (seconds: number) => ({
  builtAt: new Date(now.getTime() - seconds * 1000),
});

describe("snapshotRead", () => {
  const cases: [string, { builtAt: Date } | null, SnapshotRead][] = [
    ["no snapshot: build", null, "build"],
    ["just built: serve", builtSecondsAgo(0), "serve"],
    ["a minute old exactly: serve", builtSecondsAgo(60), "serve"],
    ["past a minute: serve once more and refresh", builtSecondsAgo(61), "serve-and-refresh"],
    ["fifteen minutes exactly: still served", builtSecondsAgo(900), "serve-and-refresh"],
    ["past fifteen minutes: too old to show, build", builtSecondsAgo(901), "build"],
    ["built in the future (clock moved back): build", builtSecondsAgo(-5), "build"],
  ];
  it.each(cases)("%s", (_name, snapshot, expected) => {
    expect(snapshotRead(snapshot, now, options)).toBe(expected);
  });
});

describe("keepsSnapshot", () => {
  it.each([
    [0, false],
    [1_999, false],
    [2_000, true],
    [20_000, true],
  ])("%i teachers: kept %s", (teachers, kept) => {
    expect(keepsSnapshot(teachers, options)).toBe(kept);
  });
});
