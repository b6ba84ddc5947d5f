import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { addEvidenceFile } from "@throughline/db/queries/action-plans/evidence-files";
import { credentialSubmission, meetingPrivateNote } from "@throughline/db/schema";
import { withTenant } from "@throughline/db/tenant";
import { membershipFor, rawRows } from "@throughline/db/testing";
import { sql } from "drizzle-orm";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { awardBadge } from "../credentials/award-badge.ts";
import { LocalDiskStorage } from "../files/local-disk-storage.ts";
import type { FileStorage } from "../files/storage.ts";
import { demoEmail } from "../testing/demo-emails.ts";
import { scheduledMeetingIds } from "../testing/demo-teams.ts";
import { RECORD_SUMMARY_FILES } from "../testing/record-zip-files.ts";
import { testApiPerFile } from "../testing/test-api-per-file.ts";
import { runRecordExports } from "./run-record-export.ts";

const PRIVATE_NOTE = "Private: Maria seemed overwhelmed, check in quietly about workload";
const EVIDENCE = new TextEncoder().encode("%PDF-1.4 Maria's exit tickets, scanned\n%%EOF\n");

const api = testApiPerFile();
let dataDir: string;
let storage: LocalDiskStorage;
let districtId: string;
let mariaId: string;
let badgeId: string;
let otherReflection: string;
let mariaReflections: string[];

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "throughline-record-"));
  storage = new LocalDiskStorage(dataDir);
  const maria = await membershipFor(api.db, demoEmail.teacher);
  const janelle = await membershipFor(api.db, demoEmail.coach);
  districtId = maria.districtId;
  mariaId = maria.personId;

  // An evidence file on the first step of Maria's plan, with its bytes in storage.
  const caller = await api.callerFor(demoEmail.teacher);
  const stageId = (await caller.teacher.home()).enrolments[0]?.stage.id ?? "";
  const plan = (await caller.actionPlan.mine({ stageId })).plan;
  const step = plan?.steps[0];
  if (!plan || !step) throw new Error("Maria has no plan step to attach evidence to.");
  const { key } = await storage.put({ districtId, bytes: EVIDENCE });
  await withTenant(api.db, districtId, (tx) =>
    addEvidenceFile(tx, {
      districtId,
      actorId: mariaId,
      planId: plan.id,
      step: { id: step.id, description: step.description },
      fileName: "exit tickets.pdf",
      contentType: "application/pdf",
      sizeBytes: EVIDENCE.byteLength,
      storageKey: key,
    }),
  );

  // The facilitator's private note on a meeting Maria attended: it must never reach her.
  const [attended] = await rawRows<{ meeting_id: string }>(
    api.db,
    sql`select ma.meeting_id::text as meeting_id from meeting_attendance ma
        join support_meeting m on m.district_id = ma.district_id and m.id = ma.meeting_id
        where ma.person_id = ${mariaId} and m.status = 'closed' limit 1`,
  );
  if (!attended) throw new Error("Maria attended no closed meeting in the seed.");
  await withTenant(api.db, districtId, (tx) =>
    tx.insert(meetingPrivateNote).values({
      districtId,
      meetingId: attended.meeting_id,
      body: PRIVATE_NOTE,
      updatedById: janelle.personId,
    }),
  );

  // A meeting of Maria's team (Janelle's K–2 Literacy PLC) under way, Maria marked present:
  // not held yet, so not attended (`wasAttended`).
  const [meetingId] = await scheduledMeetingIds(api.db, "K–2 Literacy PLC");
  if (!meetingId) throw new Error("The K–2 Literacy PLC has no scheduled meeting in the seed.");
  await api.db.execute(
    sql`update support_meeting set starts_at = now() - interval '10 minutes',
          ends_at = now() + interval '35 minutes' where id = ${meetingId}`,
  );
  const coach = await api.callerFor(demoEmail.coach);
  await coach.meetingRoom.start({ meetingId });
  const { members } = await coach.meetingRoom.open({ meetingId });
  const records = members.map(({ personId }) => ({ personId, attendance: "present" as const }));
  await coach.meetingRoom.recordAttendance({ meetingId, records });

  // An earned credential, awarded (and signed) as the review would.
  const [version] = await rawRows<{ id: string; credential_id: string }>(
    api.db,
    sql`select id::text as id, credential_id::text as credential_id from credential_version
        where district_id = ${districtId} order by created_at limit 1`,
  );
  if (!version) throw new Error("No seeded credential version.");
  const now = new Date();
  badgeId = await withTenant(api.db, districtId, async (tx) => {
    const [submission] = await tx
      .insert(credentialSubmission)
      .values({
        districtId,
        credentialId: version.credential_id,
        versionId: version.id,
        personId: mariaId,
        attempt: 1,
        status: "earned",
        submittedAt: now,
        decidedAt: now,
      })
      .returning({ id: credentialSubmission.id });
    if (!submission) throw new Error("The submission was not written.");
    const awarded = await awardBadge(
      tx,
      { districtId, submissionId: submission.id, now },
      { publicUrl: "http://localhost:3000", secret: "a-test-secret-that-is-long-enough-for-keys" },
    );
    return awarded.badgeId;
  });

  const reflections = await rawRows<{ person_id: string; reflection: string }>(
    api.db,
    sql`select person_id::text as person_id, reflection from micropd_progress
        where district_id = ${districtId} and reflection is not null and reflection <> ''`,
  );
  mariaReflections = reflections.filter((r) => r.person_id === mariaId).map((r) => r.reflection);
  otherReflection =
    reflections.find((r) => r.person_id !== mariaId && !mariaReflections.includes(r.reflection))
      ?.reflection ?? "";
});

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

async function zipOfLatest(): Promise<Record<string, Uint8Array>> {
  const [row] = await rawRows<{ storage_key: string }>(
    api.db,
    sql`select storage_key from record_export where person_id = ${mariaId}
        and status = 'done' order by finished_at desc limit 1`,
  );
  const stream = row ? await storage.get(row.storage_key) : null;
  if (!stream) throw new Error("The record's ZIP is not in storage.");
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return unzipSync(new Uint8Array(Buffer.concat(chunks)));
}

describe("building Maria's record", () => {
  it("queues one export however often she asks, and the worker builds it to the end", async () => {
    const maria = await api.callerFor(demoEmail.teacher);
    expect(await maria.recordExport.latest()).toBeNull();
    const first = await maria.recordExport.start();
    const again = await maria.recordExport.start();
    expect(first).toMatchObject({ status: "queued", progress: 0, downloadUrl: null });
    expect(again?.id).toBe(first?.id);

    expect(await runRecordExports({ db: api.db, storage }, districtId)).toEqual({
      done: 1,
      retrying: 0,
      failed: 0,
    });
    const latest = await maria.recordExport.latest();
    expect(latest).toMatchObject({
      id: first?.id,
      status: "done",
      progress: 100,
      downloadUrl: `/files/record-exports/${first?.id}`,
    });
    expect(latest?.sizeBytes).toBeGreaterThan(EVIDENCE.byteLength);
    expect(latest?.finishedAt).toBeInstanceOf(Date);
    // Nothing is left to claim.
    expect(await runRecordExports({ db: api.db, storage }, districtId)).toMatchObject({ done: 0 });
  });

  it("holds her reflections, her evidence bytes and her badge exactly as signed", async () => {
    const files = await zipOfLatest();
    const text = (path: string) => strFromU8(files[path] ?? new Uint8Array());
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining([...RECORD_SUMMARY_FILES, `badges/${badgeId}.json`]),
    );
    expect(text("index.html")).toContain("Maria Delgado");
    expect(JSON.parse(text("profile.json"))).toMatchObject({ email: demoEmail.teacher });
    expect(mariaReflections.length).toBeGreaterThan(0);
    for (const reflection of mariaReflections) expect(text("micropd.json")).toContain(reflection);

    const evidencePath = Object.keys(files).find((path) => path.endsWith("exit-tickets.pdf"));
    expect(evidencePath).toMatch(/^evidence\/stage-1-[^/]+\/step-\d+-exit-tickets\.pdf$/);
    expect(files[evidencePath ?? ""]).toEqual(EVIDENCE);
    expect(text("action-plans.json")).toContain(evidencePath);

    const [stored] = await rawRows<{ signed: unknown }>(
      api.db,
      sql`select signed_credential as signed from awarded_badge where id = ${badgeId}`,
    );
    const signed = typeof stored?.signed === "string" ? JSON.parse(stored.signed) : stored?.signed;
    expect(JSON.parse(text(`badges/${badgeId}.json`))).toEqual(signed);
    expect(JSON.parse(text("micro-credentials.json"))).toMatchObject([
      { status: "earned", attempt: 1 },
    ]);
  });

  it("counts the meetings she attended as her dashboard does, on the same data", async () => {
    const files = await zipOfLatest();
    const text = (path: string) => strFromU8(files[path] ?? new Uint8Array());
    const { meetings } = JSON.parse(text("meetings.json")) as {
      meetings: { status: string; attendance: string; attended: boolean }[];
    };
    const attended = meetings.filter((meeting) => meeting.attended).length;
    // Counting her roll calls, or her "present" marks, would differ: she was absent or excused
    // at some (the demo), and present at one still under way (set up above).
    const present = meetings.filter((meeting) => meeting.attendance === "present").length;
    expect(attended).toBeGreaterThan(0);
    expect(present).toBeGreaterThan(attended);
    expect(meetings.length).toBeGreaterThan(present);

    const admin = await api.callerFor("admin@maplevalley.test");
    const dashboard = await admin.dashboard.teacher({ personId: mariaId });
    expect(dashboard.metrics.meetingsCount).toBe("attended");
    expect(attended).toBe(dashboard.metrics.meetingsHeld);
    expect(text("index.html")).toContain(
      `support meetings your attendance was taken at, ${dashboard.metrics.meetingsHeld} of them attended`,
    );
  });

  it("holds nothing private and nothing of other teachers", async () => {
    const files = await zipOfLatest();
    const everything = Object.values(files)
      .map((bytes) => strFromU8(bytes))
      .join("\n");
    expect(everything).not.toContain(PRIVATE_NOTE);
    expect(otherReflection).not.toBe("");
    expect(everything).not.toContain(otherReflection);
    // Comment authors appear by name; no other person's email does.
    const emails = everything.match(/[\w.+-]+@[\w-]+\.test/g) ?? [];
    expect(new Set(emails)).toEqual(new Set([demoEmail.teacher]));
  });
});

describe("when building fails", () => {
  it("tries once more, then marks the export failed", async () => {
    const broken: FileStorage = {
      put: () => Promise.reject(new Error("disk full")),
      get: async () => Readable.from([EVIDENCE]),
      delete: async () => {},
    };
    const maria = await api.callerFor(demoEmail.teacher);
    const queued = await maria.recordExport.start();
    expect(queued?.status).toBe("queued");
    expect(await runRecordExports({ db: api.db, storage: broken }, districtId)).toEqual({
      done: 0,
      retrying: 1,
      failed: 1,
    });
    expect(await maria.recordExport.latest()).toMatchObject({
      id: queued?.id,
      status: "failed",
      downloadUrl: null,
    });
    // A failed export does not stop her asking again.
    const next = await maria.recordExport.start();
    expect(next?.id).not.toBe(queued?.id);
  });
});

describe("a newer record", () => {
  it("replaces the earlier ZIP in storage", async () => {
    const finished = () =>
      rawRows<{ id: string; storage_key: string | null }>(
        api.db,
        sql`select id::text as id, storage_key from record_export
            where person_id = ${mariaId} and status = 'done' order by finished_at`,
      );
    const earlier = (await finished()).flatMap((row) => (row.storage_key ? [row] : []));
    expect(earlier.length).toBeGreaterThan(0);

    const maria = await api.callerFor(demoEmail.teacher);
    await maria.recordExport.start();
    expect(await runRecordExports({ db: api.db, storage }, districtId)).toMatchObject({ done: 1 });

    const after = await finished();
    const newest = after.at(-1);
    expect(after.filter((row) => row.storage_key !== null)).toEqual([newest]);
    const stored = await storage.get(newest?.storage_key ?? "");
    expect(stored).not.toBeNull();
    stored?.destroy();
    for (const row of earlier) expect(await storage.get(row.storage_key ?? "")).toBeNull();
  });
});
