import { strFromU8, strToU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { RECORD_SUMMARY_FILES } from "../testing/record-zip-files.ts";
import { at, record } from "../testing/teacher-record-fixture.ts";
import { nameSlug, packRecord, safeSegment } from "./pack-record.ts";
import { zipRecord } from "./run-record-export.ts";

const evidence = new Map([
  ["file-1", strToU8("one")],
  ["file-2", strToU8("two")],
]);

function filesOf(packed: ReturnType<typeof packRecord>) {
  return new Map(packed.map((file) => [file.path, file.bytes]));
}

function jsonOf(files: Map<string, Uint8Array>, path: string): unknown {
  const bytes = files.get(path);
  if (!bytes) throw new Error(`${path} is missing`);
  return JSON.parse(strFromU8(bytes));
}

describe("packRecord", () => {
  it("writes the index, one JSON file per part, the evidence and every badge", () => {
    const files = filesOf(packRecord(record(), evidence, at));
    expect([...files.keys()]).toEqual([
      ...RECORD_SUMMARY_FILES,
      "evidence/stage-1-stage-one-lessons/step-1-plan.pdf",
      "evidence/stage-1-stage-one-lessons/step-1-plan-2.pdf",
      "badges/badge-1.json",
      "badges/badge-2.json",
    ]);
    expect(
      strFromU8(
        files.get("evidence/stage-1-stage-one-lessons/step-1-plan-2.pdf") ?? new Uint8Array(),
      ),
    ).toBe("two");
  });

  it("keeps each signed badge exactly and describes one not signed yet", () => {
    const files = filesOf(packRecord(record(), evidence, at));
    expect(jsonOf(files, "badges/badge-1.json")).toEqual(record().badges[0]?.signedCredential);
    expect(jsonOf(files, "badges/badge-2.json")).toMatchObject({
      id: "badge-2",
      credential: "Lessons",
    });
  });

  it("names comment authors only, and links each evidence file to its path (or null when its bytes are gone)", () => {
    const files = filesOf(packRecord(record(), evidence, at));
    const plans = jsonOf(files, "action-plans.json");
    const text = JSON.stringify(plans);
    expect(text).toContain("Jo Coach");
    expect(text).not.toContain("coach-id-secret");
    expect(plans).toMatchObject([
      {
        comments: [{ author: "Jo Coach", onStep: 1, byMe: false }],
        steps: [
          {
            files: [
              { path: "evidence/stage-1-stage-one-lessons/step-1-plan.pdf" },
              { path: "evidence/stage-1-stage-one-lessons/step-1-plan-2.pdf" },
              { fileName: "../../etc/passwd", path: null },
            ],
          },
        ],
      },
    ]);
  });

  it("lists commitments with their check-ins, and PD hours with totals", () => {
    const files = filesOf(packRecord(record(), evidence, at));
    expect(jsonOf(files, "commitments.json")).toMatchObject([
      {
        description: "Write it on the board",
        madeAt: { meeting: "PLC" },
        checkIns: [{ meetingTitle: "PLC 2" }],
      },
    ]);
    expect(jsonOf(files, "pd-hours.json")).toMatchObject({
      // The lines read 0.3 h and 1.3 h: the total is what they add up to, not 1.5 h.
      timeZone: "America/Chicago",
      activities: [{ day: "2026-03-02", hours: 0.3 }, { hours: 1.3 }],
      total: { minutes: 90, hours: 1.6 },
      bySchoolYear: [{ schoolYear: "2025-26", total: { minutes: 90 } }],
    });
    expect(jsonOf(files, "micropd.json")).toMatchObject({
      stages: [{ sessions: [{ reflection: "My students answered the essential question." }] }],
    });
  });

  it("writes a readable index with the teacher's name escaped and the generated date", () => {
    const index = strFromU8(packRecord(record(), evidence, at)[0]?.bytes ?? new Uint8Array());
    expect(index).toContain("<title>Throughline record of Ana &lt;b&gt;Ruiz&lt;/b&gt;</title>");
    // Prepared on the district's day, written as people read it.
    expect(index).toContain("prepared on <time");
    expect(index).toContain(">Mar 2, 2026</time>");
    expect(index).toContain("2 evidence files");
    expect(index).toContain("2 badges");
    expect(index).toContain('<html lang="en">');
  });

  it("counts as attended only the held meetings the teacher was marked present at", () => {
    const meeting = (status: "closed" | "scheduled", attendance: "present" | "absent") => ({
      title: "PLC",
      team: "Grade 3",
      startsAt: at,
      endsAt: at,
      startedAt: null,
      closedAt: null,
      heldMinutes: null,
      status,
      attendance,
      attended: status === "closed" && attendance === "present",
      agenda: [],
    });
    const meetings = [
      meeting("closed", "present"),
      meeting("closed", "absent"),
      meeting("scheduled", "present"),
    ];
    const index = strFromU8(
      packRecord(record({ meetings }), evidence, at)[0]?.bytes ?? new Uint8Array(),
    );
    expect(index).toContain("3 support meetings your attendance was taken at, 1 of them attended");
    expect(index).not.toContain("3 support meetings you attended");
  });

  it("dates each meeting by when it was held, in the district's zone, not when it was scheduled", () => {
    const scheduled = { startsAt: new Date("2026-12-01T21:00:00Z"), endsAt: at, heldMinutes: 40 };
    const base = { title: "PLC", team: "Grade 3", attendance: "present" as const, agenda: [] };
    const meetings = [
      // Scheduled for Tuesday 3:00 PM, held on Friday at 5:30 PM Chicago time.
      { ...base, ...scheduled, status: "closed" as const, attended: true },
      { ...base, ...scheduled, status: "scheduled" as const, attended: false, heldMinutes: null },
    ].map((meeting, index) => ({
      ...meeting,
      startedAt: index === 0 ? new Date("2026-12-04T23:30:00Z") : null,
      closedAt: index === 0 ? new Date("2026-12-05T00:10:00Z") : null,
    }));
    const file = packRecord(record({ meetings }), evidence, at).find(
      (each) => each.path === "meetings.json",
    );
    const json = JSON.parse(strFromU8(file?.bytes ?? new Uint8Array()));
    expect(json.meetings[0].held).toEqual({
      on: "2026-12-04",
      at: "Friday, December 4, 2026 at 5:30 PM CST",
      minutes: 40,
    });
    expect(json.meetings[0].scheduledFor).toBe("Tuesday, December 1, 2026 at 3:00 PM CST");
    expect(json.meetings[1].held).toBeNull();
  });

  it("zips the files so they unzip byte for byte", async () => {
    const packed = packRecord(record(), evidence, at);
    const unzipped = unzipSync(await zipRecord(packed));
    for (const file of packed) expect(unzipped[file.path]).toEqual(file.bytes);
  });
});

describe("names in the ZIP", () => {
  it.each([
    ["Maria Delgado", "maria-delgado"],
    ["José Núñez-Ortiz", "jose-nunez-ortiz"],
    ["../..", "teacher"],
  ])("%s becomes %s", (name, slug) => {
    expect(nameSlug(name)).toBe(slug);
  });

  it("never lets a file name climb out of its folder", () => {
    expect(safeSegment("../../etc/passwd")).toBe("etcpasswd");
    expect(safeSegment("...")).toBe("file");
  });
});
