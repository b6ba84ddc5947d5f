import type { TeacherRecord } from "../record-export/teacher-record.ts";

/** For tests of the record's packing: one teacher's record with a little of everything. */
export const at = new Date("2026-03-02T15:00:00Z");

export function record(overrides: Partial<TeacherRecord> = {}): TeacherRecord {
  const file = (id: string, fileName: string) => ({
    id,
    fileName,
    contentType: "application/pdf",
    sizeBytes: 3,
    uploadedAt: at,
  });
  return {
    profile: {
      name: "Ana <b>Ruiz</b>",
      email: "ana@example.test",
      district: "Example Unified",
      timeZone: "America/Chicago",
      roles: [{ role: "teacher", school: "Hill School" }],
      schools: ["Hill School"],
      teams: [{ name: "Grade 3", kind: "grade_level", school: "Hill School" }],
    },
    stages: [
      {
        program: null,
        position: 1,
        title: "Stage one",
        cohort: "Hill 2025-26",
        schoolYear: "2025-26",
        status: "in_progress",
        workshopAttended: true,
        sessionsCompleted: 1,
        sessionsTotal: 4,
        meetingsAttended: 2,
        sessions: [
          {
            position: 1,
            title: "Essential questions",
            startedAt: at,
            completedAt: at,
            creditedMinutes: 15,
            reflection: "My students answered the essential question.",
          },
        ],
      },
    ],
    plans: [
      {
        id: "plan-1",
        goal: "Post the essential question",
        sharedWithTeam: false,
        updatedAt: at,
        teacher: { id: "person-1", displayName: "Ana Ruiz" },
        stage: { id: "stage-1", position: 1, title: "Stage one: Lessons" },
        indicators: [{ id: "ind-1", code: "1.1", title: "Essential question" }],
        steps: [
          {
            id: "step-1",
            position: 1,
            description: "Write it on the board",
            status: "done",
            revision: 0,
            dueOn: null,
            completedAt: at,
            evidenceText: null,
            evidenceUrl: "https://video.example.test/1",
            reflection: "It worked",
            fromMeeting: { id: "meeting-1", title: "PLC", startsAt: at },
            fromSession: null,
            files: [
              file("file-1", "plan.pdf"),
              file("file-2", "plan.pdf"),
              file("file-3", "../../etc/passwd"),
            ],
          },
        ],
        comments: [
          {
            id: "comment-1",
            stepId: "step-1",
            replyToId: null,
            body: "Great board photo",
            at,
            author: { id: "coach-id-secret", displayName: "Jo Coach" },
            byTeacher: false,
          },
        ],
      },
    ],
    checkIns: [
      {
        actionStepId: "step-1",
        meetingTitle: "PLC 2",
        meetingStartsAt: at,
        status: "done",
        note: null,
      },
    ],
    observations: [],
    meetings: [],
    pdActivities: [
      {
        date: at,
        day: "2026-03-02",
        kind: "micropd",
        title: "Essential questions",
        minutes: 15,
        hours: 0.3,
        schoolYear: "2025-26",
      },
      {
        date: at,
        day: "2026-03-02",
        kind: "workshop",
        title: "Workshop",
        minutes: 75,
        hours: 1.3,
        schoolYear: "2025-26",
      },
    ],
    externalPd: [],
    submissions: [],
    badges: [
      {
        id: "badge-1",
        credential: "Questioning",
        awardedAt: at,
        validUntil: null,
        revokedAt: null,
        signedCredential: {
          type: ["VerifiableCredential", "OpenBadgeCredential"],
          proof: { x: 1 },
        },
      },
      {
        id: "badge-2",
        credential: "Lessons",
        awardedAt: at,
        validUntil: null,
        revokedAt: null,
        signedCredential: null,
      },
    ],
    ...overrides,
  };
}
