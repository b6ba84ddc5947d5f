import { formatInstant } from "@throughline/domain/date-format";
import { externalPdMinutes } from "@throughline/domain/external-pd";
import { localDay } from "@throughline/domain/local-time";
import { meetingHeldAt } from "@throughline/domain/rules/meeting-held";
import { hoursOfLines, minutesToHours, pdHoursTotals } from "@throughline/domain/transcript";
import { strToU8 } from "fflate";
import { recordIndexHtml } from "./record-index-html.ts";
import type { TeacherRecord } from "./teacher-record.ts";

/*
 * Packing a teacher's record: data in, files out. No database, no storage, no clock: the
 * builder reads the record and the evidence bytes, then hands them here.
 */

export interface RecordFile {
  path: string;
  bytes: Uint8Array;
  /** Already compressed (images, PDFs, video): stored as is rather than deflated again. */
  stored?: boolean;
}

/** A path segment safe in every unzip tool: no slashes, dots-only names or control characters. */
export function safeSegment(name: string): string {
  const cleaned = name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[^\w.\- ]+/g, "")
    .trim()
    .replace(/\s+/g, "-")
    .replace(/^\.+/, "");
  return cleaned.slice(0, 120) || "file";
}

/** "maria-delgado": the teacher's name as it goes into the ZIP's file name. */
export function nameSlug(name: string): string {
  const slug = name
    .normalize("NFKD")
    // Accents come apart into combining marks: drop them, keep the letter.
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug || "teacher";
}

function json(path: string, value: unknown): RecordFile {
  return { path, bytes: strToU8(`${JSON.stringify(value, null, 2)}\n`) };
}

/** Folder and name of each evidence file, unique within its plan's folder. */
function evidencePaths(record: TeacherRecord): Map<string, string> {
  const paths = new Map<string, string>();
  for (const plan of record.plans) {
    const folder = `evidence/stage-${plan.stage.position}-${safeSegment(plan.stage.title).toLowerCase()}`;
    const taken = new Set<string>();
    for (const step of plan.steps) {
      for (const file of step.files) {
        const name = safeSegment(file.fileName);
        const dot = name.lastIndexOf(".");
        const [base, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ""];
        let candidate = `step-${step.position}-${base}${ext}`;
        for (let n = 2; taken.has(candidate); n++)
          candidate = `step-${step.position}-${base}-${n}${ext}`;
        taken.add(candidate);
        paths.set(file.id, `${folder}/${candidate}`);
      }
    }
  }
  return paths;
}

function actionPlansJson(
  record: TeacherRecord,
  paths: Map<string, string>,
  evidence: Map<string, Uint8Array>,
) {
  return record.plans.map((plan) => {
    const stepPosition = new Map(plan.steps.map((step) => [step.id, step.position]));
    return {
      stage: { position: plan.stage.position, title: plan.stage.title },
      goal: plan.goal,
      sharedWithTeam: plan.sharedWithTeam,
      updatedAt: plan.updatedAt,
      indicators: plan.indicators.map(({ code, title }) => ({ code, title })),
      steps: plan.steps.map((step) => ({
        position: step.position,
        description: step.description,
        status: step.status,
        dueOn: step.dueOn,
        evidenceText: step.evidenceText,
        evidenceUrl: step.evidenceUrl,
        reflection: step.reflection,
        committedAt: step.fromMeeting
          ? { meeting: step.fromMeeting.title, startsAt: step.fromMeeting.startsAt }
          : null,
        files: step.files.map((file) => ({
          fileName: file.fileName,
          contentType: file.contentType,
          sizeBytes: file.sizeBytes,
          uploadedAt: file.uploadedAt,
          // Null when the stored bytes could not be found; the file's details are kept.
          path: evidence.has(file.id) ? (paths.get(file.id) ?? null) : null,
        })),
      })),
      // Authors by name only: nothing else about the people who wrote to the teacher.
      comments: plan.comments.map((comment) => ({
        author: comment.author.displayName,
        byMe: comment.byTeacher,
        onStep: comment.stepId ? (stepPosition.get(comment.stepId) ?? null) : null,
        body: comment.body,
        at: comment.at,
      })),
    };
  });
}

function commitmentsJson(record: TeacherRecord) {
  return record.plans.flatMap((plan) =>
    plan.steps.flatMap((step) =>
      step.fromMeeting
        ? [
            {
              stage: plan.stage.title,
              description: step.description,
              dueOn: step.dueOn,
              status: step.status,
              madeAt: { meeting: step.fromMeeting.title, startsAt: step.fromMeeting.startsAt },
              checkIns: record.checkIns
                .filter((checkIn) => checkIn.actionStepId === step.id)
                .map(({ actionStepId: _id, ...checkIn }) => checkIn),
            },
          ]
        : [],
    ),
  );
}

/**
 * The meetings as a person reads them: when each was held (the day PD credit carries, by the
 * held rule), or that it was not, and when it had been scheduled for, in the district's zone.
 */
function meetingsJson(record: TeacherRecord) {
  const { timeZone } = record.profile;
  const written = (at: Date) => formatInstant(at, { timeZone, style: "dateTime", showZone: true });
  return {
    timeZone,
    meetings: record.meetings.map((meeting) => {
      const heldAt = meeting.status === "closed" ? meetingHeldAt(meeting) : null;
      return {
        title: meeting.title,
        team: meeting.team,
        held: heldAt
          ? { on: localDay(heldAt, timeZone), at: written(heldAt), minutes: meeting.heldMinutes }
          : null,
        scheduledFor: written(meeting.startsAt),
        status: meeting.status,
        attendance: meeting.attendance,
        attended: meeting.attended,
        agenda: meeting.agenda,
      };
    }),
  };
}

/** Where each external PD certificate goes: `external-pd/<last day>-<title>-<file name>`. */
function certificatePaths(record: TeacherRecord): Map<string, string> {
  const paths = new Map<string, string>();
  const taken = new Set<string>();
  for (const request of record.externalPd) {
    for (const certificate of request.certificates) {
      const base = `${request.endOn}-${safeSegment(request.title).toLowerCase()}-${safeSegment(certificate.fileName)}`;
      let candidate = base;
      for (let n = 2; taken.has(candidate); n++) candidate = `${n}-${base}`;
      taken.add(candidate);
      paths.set(certificate.id, `external-pd/${candidate}`);
    }
  }
  return paths;
}

function externalPdJson(
  record: TeacherRecord,
  paths: Map<string, string>,
  files: Map<string, Uint8Array>,
) {
  return record.externalPd.map(({ certificates, ...request }) => ({
    ...request,
    certificates: certificates.map(({ id, ...certificate }) => ({
      ...certificate,
      // Null when the stored bytes could not be found; the file's details are kept.
      path: files.has(id) ? (paths.get(id) ?? null) : null,
    })),
  }));
}

/**
 * The transcript's lines and totals, as the PD hours page and its CSV show them, and the
 * approved external PD apart (labelled external) with the total that counts both.
 */
function pdHoursJson(record: TeacherRecord) {
  const approved = record.externalPd.filter((request) => request.status === "approved");
  const external = approved.map((request) => {
    const minutes = externalPdMinutes(request.hours);
    return {
      kind: "external" as const,
      title: request.title,
      provider: request.provider,
      startOn: request.startOn,
      endOn: request.endOn,
      minutes,
      hours: minutesToHours(minutes),
    };
  });
  return {
    timeZone: record.profile.timeZone,
    activities: record.pdActivities,
    bySchoolYear: pdHoursTotals(record.pdActivities),
    total: hoursOfLines(record.pdActivities),
    external: { activities: external, total: hoursOfLines(external) },
    totalWithExternal: hoursOfLines([...record.pdActivities, ...external]),
  };
}

const ALREADY_COMPRESSED = /\.(jpe?g|png|gif|webp|heic|pdf|mp4|mov|m4a|mp3|zip|docx|xlsx|pptx)$/i;

/** The record's files: the index page, one JSON file per part, evidence bytes and badges. */
export function packRecord(
  record: TeacherRecord,
  evidence: Map<string, Uint8Array>,
  generatedAt: Date,
): RecordFile[] {
  const paths = evidencePaths(record);
  const evidenceFiles: RecordFile[] = [];
  for (const [fileId, path] of paths) {
    const bytes = evidence.get(fileId);
    if (bytes) evidenceFiles.push({ path, bytes, stored: ALREADY_COMPRESSED.test(path) });
  }
  const certificates = certificatePaths(record);
  const certificateFiles: RecordFile[] = [];
  for (const [certificateId, path] of certificates) {
    const bytes = evidence.get(certificateId);
    if (bytes) certificateFiles.push({ path, bytes, stored: ALREADY_COMPRESSED.test(path) });
  }
  const badgeFiles = record.badges.map((badge) =>
    json(
      `badges/${badge.id}.json`,
      // Exactly as issued; a badge not signed yet is described from what is stored.
      badge.signedCredential ?? {
        note: "This badge has not been signed yet; these are its stored details.",
        id: badge.id,
        credential: badge.credential,
        awardedAt: badge.awardedAt,
        validUntil: badge.validUntil,
        revokedAt: badge.revokedAt,
      },
    ),
  );
  const files: RecordFile[] = [
    json("profile.json", record.profile),
    json("micropd.json", { stages: record.stages }),
    json("action-plans.json", actionPlansJson(record, paths, evidence)),
    json("observations.json", record.observations),
    json("meetings.json", meetingsJson(record)),
    json("commitments.json", commitmentsJson(record)),
    json("pd-hours.json", pdHoursJson(record)),
    json("external-pd.json", externalPdJson(record, certificates, evidence)),
    json("micro-credentials.json", record.submissions),
    ...evidenceFiles,
    ...certificateFiles,
    ...badgeFiles,
  ];
  const index = recordIndexHtml(record, {
    generatedAt,
    evidenceCount: evidenceFiles.length,
    badgeCount: badgeFiles.length,
  });
  return [{ path: "index.html", bytes: strToU8(index) }, ...files];
}
