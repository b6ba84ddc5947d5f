import { strFromU8, strToU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { at, record } from "../testing/teacher-record-fixture.ts";
import { packRecord } from "./pack-record.ts";
import type { TeacherRecord } from "./teacher-record.ts";

/*
 * PD taken elsewhere in the teacher's record: every request with its status, each certificate's
 * bytes beside it, and the approved hours in pd-hours.json, labelled external and counted in
 * the total with the framework's.
 */

const request = (
  id: string,
  status: TeacherRecord["externalPd"][number]["status"],
  hours: number,
  certificates: TeacherRecord["externalPd"][number]["certificates"] = [],
): TeacherRecord["externalPd"][number] => ({
  id,
  title: `Course ${id}`,
  provider: "State University",
  kind: "university_course",
  startOn: "2026-01-10",
  endOn: "2026-02-20",
  hours,
  description: "Reading science",
  status,
  submittedAt: at,
  reviewedAt: status === "approved" ? at : null,
  returnReason: null,
  certificates,
});

const certificate = (id: string, fileName: string) => ({
  id,
  fileName,
  contentType: "application/pdf",
  sizeBytes: 4,
  uploadedAt: at,
});

function packed(externalPd: TeacherRecord["externalPd"], bytes: Map<string, Uint8Array>) {
  const files = new Map(
    packRecord(record({ externalPd }), bytes, at).map((f) => [f.path, f.bytes]),
  );
  const json = (path: string) => JSON.parse(strFromU8(files.get(path) ?? strToU8("null")));
  return { files, json };
}

describe("external PD in the record", () => {
  it("writes every request and each certificate's bytes, linked by path", () => {
    const { files, json } = packed(
      [
        request("a", "approved", 6, [certificate("cert-a", "Certificate.pdf")]),
        request("b", "returned", 2, [certificate("cert-b", "scan.pdf")]),
      ],
      new Map([["cert-a", strToU8("%PDF")]]),
    );
    expect(
      strFromU8(files.get("external-pd/2026-02-20-course-a-Certificate.pdf") ?? new Uint8Array()),
    ).toBe("%PDF");
    const requests = json("external-pd.json") as {
      title: string;
      status: string;
      certificates: { fileName: string; path: string | null }[];
    }[];
    expect(requests.map((r) => [r.title, r.status])).toEqual([
      ["Course a", "approved"],
      ["Course b", "returned"],
    ]);
    expect(requests[0]?.certificates).toEqual([
      expect.objectContaining({
        fileName: "Certificate.pdf",
        path: "external-pd/2026-02-20-course-a-Certificate.pdf",
      }),
    ]);
    // A certificate whose bytes are gone keeps its details, with no path.
    expect(requests[1]?.certificates[0]).toMatchObject({ fileName: "scan.pdf", path: null });
  });

  it("counts approved external hours apart, and in the total with the framework's", () => {
    const { json } = packed(
      [request("a", "approved", 6), request("b", "submitted", 3), request("c", "approved", 1.5)],
      new Map(),
    );
    const hours = json("pd-hours.json") as {
      total: { hours: number };
      external: {
        activities: { kind: string; title: string; hours: number }[];
        total: { hours: number };
      };
      totalWithExternal: { hours: number; minutes: number };
    };
    expect(hours.external.activities.map((line) => [line.kind, line.title, line.hours])).toEqual([
      ["external", "Course a", 6],
      ["external", "Course c", 1.5],
    ]);
    expect(hours.external.total.hours).toBe(7.5);
    expect(hours.totalWithExternal.hours).toBe(Math.round((hours.total.hours + 7.5) * 10) / 10);
    expect(hours.totalWithExternal.minutes).toBeGreaterThan(7.5 * 60);
  });
});
