import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { TINY_PDF } from "../testing/sample-files.ts";
import { testServerPerFile } from "../testing/test-server-per-file.ts";

const MARIA = "teacher@maplevalley.test";
const JANELLE = "coach@maplevalley.test";
const KEVIN = "leader@maplevalley.test";
const CEDAR_COACH = "coach@cedarridge.test";

let dataDir: string;
let stepId: string;
let planId: string;
let otherStepId: string;

const server = testServerPerFile();
const { api, app } = server;

beforeAll(async () => {
  dataDir = server.dataDir;
  const maria = await api.callerFor(MARIA);
  const stageId = (await maria.teacher.home()).enrolments[0]?.stage.id ?? "";
  const plan = (await maria.actionPlan.mine({ stageId })).plan;
  planId = plan?.id ?? "";
  stepId = plan?.steps[0]?.id ?? "";
  // A step of another teacher on the same team: Janelle coaches them too.
  const janelle = await api.callerFor(JANELLE);
  const caseload = await janelle.coach.home();
  const others = caseload.teams
    .flatMap((team) => team.members)
    .filter((m) => m.displayName !== "Maria Delgado");
  for (const member of others) {
    const view = await janelle.coaching.teacher({ personId: member.personId });
    const first = view.plans[0];
    if (!first) continue;
    const { plan: theirs } = await janelle.coaching.plan({ planId: first.id });
    otherStepId = theirs.steps[0]?.id ?? "";
    if (otherStepId) break;
  }
});

/** Every stored file's path, to see that nothing was left behind. */
async function storedFiles(): Promise<string[]> {
  const entries = await readdir(join(dataDir, "files"), {
    recursive: true,
    withFileTypes: true,
  }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

async function upload(
  email: string | null,
  file: { name: string; type: string; bytes: Uint8Array },
  step = stepId,
) {
  const form = new FormData();
  form.set("stepId", step);
  form.set("file", new File([new Uint8Array(file.bytes)], file.name, { type: file.type }));
  const headers: Record<string, string> = {};
  if (email) headers.cookie = await api.sessionCookieFor(email);
  const response = await app.request("/files/evidence", { method: "POST", body: form, headers });
  return {
    status: response.status,
    body: (await response.json()) as { fileId?: string; error?: string },
  };
}

async function download(email: string | null, fileId: string) {
  const headers: Record<string, string> = {};
  if (email) headers.cookie = await api.sessionCookieFor(email);
  return app.request(`/files/evidence/${fileId}`, { headers });
}

describe("uploading evidence", () => {
  it("takes a small PDF from the plan's teacher and lists it on the step, with a history entry", async () => {
    const result = await upload(MARIA, {
      name: "Lesson plan.pdf",
      type: "application/pdf",
      bytes: TINY_PDF,
    });
    expect(result.status).toBe(201);
    const maria = await api.callerFor(MARIA);
    const { plan } = await maria.actionPlan.byId({ planId });
    const files = plan.steps.find((step) => step.id === stepId)?.files ?? [];
    expect(files).toEqual([
      expect.objectContaining({
        id: result.body.fileId,
        fileName: "Lesson plan.pdf",
        contentType: "application/pdf",
        sizeBytes: TINY_PDF.byteLength,
      }),
    ]);
    const history = await maria.actionPlan.history({ planId });
    expect(history[0]?.summary).toMatch(/^Added the file Lesson plan\.pdf to “/);
  });

  it("refuses an oversized file with 413 and the limit in words", async () => {
    const big = new Uint8Array(Math.round(14.2 * 1024 * 1024));
    big.set(TINY_PDF);
    const result = await upload(MARIA, { name: "scan.pdf", type: "application/pdf", bytes: big });
    expect(result.status).toBe(413);
    // Cut off while it streams in (request-limits.ts), before the form is read.
    expect(result.body.error).toBe("This file is larger than the 10 MB limit.");
  });

  it("refuses a program with 415 and says what to use", async () => {
    const result = await upload(MARIA, {
      name: "setup.exe",
      type: "application/x-msdownload",
      bytes: new TextEncoder().encode("MZ\x90\0"),
    });
    expect(result.status).toBe(415);
    expect(result.body.error).toBe(
      "Files of type .exe can't be added. Use a PDF, an image or an Office document.",
    );
  });

  it("refuses a program renamed to .pdf by looking at its bytes", async () => {
    const result = await upload(MARIA, {
      name: "lesson.pdf",
      type: "application/pdf",
      bytes: new TextEncoder().encode("MZ\x90\0\x03\0\0\0"),
    });
    expect(result.status).toBe(415);
    expect(result.body.error).toMatch(/its contents are not a \.pdf file/);
  });

  it("answers 401 to a signed-out upload and 404 for another teacher's step", async () => {
    expect(
      (await upload(null, { name: "a.pdf", type: "application/pdf", bytes: TINY_PDF })).status,
    ).toBe(401);
    expect(otherStepId).toBeTruthy();
    const result = await upload(
      MARIA,
      { name: "a.pdf", type: "application/pdf", bytes: TINY_PDF },
      otherStepId,
    );
    expect(result.status).toBe(404);
  });

  it("keeps no bytes when recording the file fails", async () => {
    await api.db.execute(sql`
      create function refuse_upload() returns trigger language plpgsql as $$
      begin
        if new.kind = 'evidence_added' then raise exception 'refused for the test'; end if;
        return new;
      end $$`);
    await api.db.execute(sql`
      create trigger refuse_upload before insert on plan_event
      for each row execute function refuse_upload()`);
    try {
      const before = await storedFiles();
      expect(before.length).toBeGreaterThan(0);
      const result = await upload(MARIA, {
        name: "a.pdf",
        type: "application/pdf",
        bytes: TINY_PDF,
      });
      expect(result.status).toBe(500);
      expect(await storedFiles()).toEqual(before);
    } finally {
      await api.db.execute(sql`drop trigger refuse_upload on plan_event`);
      await api.db.execute(sql`drop function refuse_upload()`);
    }
  });

  it("does not let the coach add files to the teacher's plan", async () => {
    const result = await upload(JANELLE, {
      name: "a.pdf",
      type: "application/pdf",
      bytes: TINY_PDF,
    });
    expect(result.status).toBe(403);
  });
});

describe("opening evidence", () => {
  let fileId: string;
  beforeAll(async () => {
    const result = await upload(MARIA, {
      name: "Exit tickets “week 2”.pdf",
      type: "application/pdf",
      bytes: TINY_PDF,
    });
    fileId = result.body.fileId ?? "";
  });

  it("serves the file to the coach inline, typed, unsniffable and privately cached", async () => {
    const response = await download(JANELLE, fileId);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toMatch(
      /^inline; filename="Exit tickets _week 2_\.pdf"; filename\*=UTF-8''/,
    );
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("cache-control")).toMatch(/^private/);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(TINY_PDF);
  });

  it.each([
    ["a teacher of the same school", KEVIN],
    ["a coach of another district", CEDAR_COACH],
  ])("answers 404 to %s", async (_who, email) => {
    expect((await download(email, fileId)).status).toBe(404);
  });

  it("answers 401 when signed out and 404 for a malformed id", async () => {
    expect((await download(null, fileId)).status).toBe(401);
    expect((await download(MARIA, "../../etc/passwd")).status).toBe(404);
  });

  it("lets only the teacher remove it, and then it is gone", async () => {
    const coachCookie = await api.sessionCookieFor(JANELLE);
    const refused = await app.request(`/files/evidence/${fileId}`, {
      method: "DELETE",
      headers: { cookie: coachCookie },
    });
    expect(refused.status).toBe(403);
    const cookie = await api.sessionCookieFor(MARIA);
    const removed = await app.request(`/files/evidence/${fileId}`, {
      method: "DELETE",
      headers: { cookie },
    });
    expect(removed.status).toBe(204);
    expect((await download(MARIA, fileId)).status).toBe(404);
  });
});
