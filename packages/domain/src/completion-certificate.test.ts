import { describe, expect, it } from "vitest";
import { completionCertificates } from "./completion-certificate.ts";

const stage = {
  enrolmentId: "enrolment-1",
  stageId: "stage-1",
  stagePosition: 1,
  stageTitle: "High Performance Learning-Focused Lessons",
  requiresConfirmation: false,
  enrolledAt: new Date("2026-08-20T15:00:00Z"),
  confirmedAt: null,
  requirementsMetAt: new Date("2026-11-20T20:00:00Z"),
  workshopMinutes: 180,
};
const course = {
  stageId: "stage-1",
  stagePosition: 1,
  stageTitle: "High Performance Learning-Focused Lessons",
  completed: 6,
  total: 6,
  firstAt: new Date("2026-09-01T15:00:00Z"),
  // 11:30 PM in Chicago on 18 November is already the 19th in UTC.
  lastAt: new Date("2026-11-19T05:30:00Z"),
  minutes: 84,
};

describe("completion certificates", () => {
  it("certify a completed stage, a finished course and an earned badge, newest first", () => {
    const certificates = completionCertificates(
      {
        stages: [stage],
        courses: [course],
        badges: [
          {
            badgeId: "badge-1",
            name: "Lesson Design",
            awardedAt: new Date("2026-12-01T16:00:00Z"),
            minutes: 600,
          },
        ],
      },
      "America/Chicago",
    );
    expect(
      certificates.map((entry) => [entry.kind, entry.completedOn, entry.minutes, entry.hours]),
    ).toEqual([
      ["credential", "2026-12-01", 600, 10],
      ["stage", "2026-11-20", 264, 4.4],
      ["course", "2026-11-18", 84, 1.4],
    ]);
    expect(certificates[1]?.title).toBe("Stage 1: High Performance Learning-Focused Lessons");
  });

  it("leave out a stage still waiting for its confirmation and a course with sessions left", () => {
    const certificates = completionCertificates(
      {
        stages: [{ ...stage, requiresConfirmation: true }],
        courses: [{ ...course, completed: 5 }],
        badges: [],
      },
      "America/Chicago",
    );
    expect(certificates).toEqual([]);
  });
});
