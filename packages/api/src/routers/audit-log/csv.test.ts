import { setImmediate as nextTurn } from "node:timers/promises";
import type { AuditEntry } from "@throughline/domain/audit";
import { describe, expect, it } from "vitest";
import { auditLogCsv } from "./csv.ts";

/*
 * The audit CSV holds up to 50,000 entries: it is made a slice per turn, so other requests are
 * answered while it is. Counted in turns, not time: made in one go, it gave none until done.
 */

function entry(index: number): AuditEntry {
  return {
    id: `entry-${index}`,
    occurredAt: new Date(Date.UTC(2026, 8, 1, 8, 0, index % 60)),
    actorId: "person-1",
    actorLabel: "Dana Admin",
    action: "person.updated",
    subjectKind: "person",
    subjectId: `person-${index}`,
    subjectLabel: `=Teacher ${index}`,
    schoolId: null,
    before: { displayName: `Teacher ${index}` },
    after: { displayName: `Teacher ${index}, "renamed"` },
    requestId: `request-${index}`,
  };
}

describe("auditLogCsv", () => {
  it("makes 50,000 entries a slice per turn: other work runs meanwhile", async () => {
    const entries = Array.from({ length: 50_000 }, (_, index) => entry(index));
    let making = true;
    let turnsWhileMaking = 0;
    const made = auditLogCsv(entries).finally(() => {
      making = false;
    });
    while (making) {
      await nextTurn();
      if (making) turnsWhileMaking += 1;
    }
    const text = await made;
    expect(text.startsWith("\uFEFFOccurred at (UTC),Who,")).toBe(true);
    expect(text.match(/Occurred at \(UTC\)/g)).toHaveLength(1);
    // One line per entry plus the header; quoted cells hold no line breaks here.
    expect(text.trimEnd().split("\n")).toHaveLength(50_001);
    expect(text).toContain(",'=Teacher 7,");
    expect(turnsWhileMaking).toBeGreaterThanOrEqual(50);
  });
});
