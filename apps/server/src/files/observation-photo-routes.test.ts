import { rawRows } from "@throughline/db/testing";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { TINY_PNG } from "../testing/sample-files.ts";
import { testServerPerFile } from "../testing/test-server-per-file.ts";

/*
 * Photos of an observation follow the observation's visibility: the observer adds them, the
 * teacher and the teacher's coaches see them, a principal sees a coaching observation's photos
 * only once the teacher shares it, and everyone else is told there is no such photo.
 */

const MARIA = "teacher@maplevalley.test";
const JANELLE = "coach@maplevalley.test";
const PRINCIPAL = "principal@maplevalley.test";

let observationId: string;
/** A teacher observed by someone, who is not Maria. */
let otherTeacherEmail: string;

const { api, app } = testServerPerFile();

beforeAll(async () => {
  const [maria] = await rawRows<{ id: string }>(
    api.db,
    sql`select id::text as id from person where email = ${MARIA}`,
  );
  const [indicator] = await rawRows<{ id: string }>(
    api.db,
    sql`select i.id::text as id from indicator i join district d on d.id = i.district_id
        where d.slug = 'maple-valley' order by i.code limit 1`,
  );
  const [other] = await rawRows<{ email: string }>(
    api.db,
    sql`select p.email from observation o join person p on p.id = o.teacher_id
        where p.email <> ${MARIA} and p.email like '%@maplevalley.test' limit 1`,
  );
  otherTeacherEmail = other?.email ?? "";
  // A fresh coaching draft of Maria by Janelle, so no seeded sharing decides the outcome.
  const janelle = await api.callerFor(JANELLE);
  const started = await janelle.observations.start({
    teacherId: maria?.id ?? "",
    kind: "coaching",
    observedOn: "2026-03-02",
    classLabel: "Reading block",
    durationMinutes: 30,
    indicatorIds: [indicator?.id ?? ""],
  });
  observationId = started.observationId;
});

async function cookieFor(email: string | null): Promise<Record<string, string>> {
  return email ? { cookie: await api.sessionCookieFor(email) } : {};
}

async function upload(
  email: string | null,
  file: { name: string; type: string; bytes: Uint8Array },
  observation = observationId,
) {
  const form = new FormData();
  form.set("observationId", observation);
  form.set("file", new File([new Uint8Array(file.bytes)], file.name, { type: file.type }));
  const response = await app.request("/files/observation-photos", {
    method: "POST",
    body: form,
    headers: await cookieFor(email),
  });
  return {
    status: response.status,
    body: (await response.json()) as { photoId?: string; error?: string },
  };
}

async function fetchPhoto(email: string | null, photoId: string) {
  return app.request(`/files/observation-photos/${photoId}`, { headers: await cookieFor(email) });
}

async function publish() {
  const janelle = await api.callerFor(JANELLE);
  const detail = await janelle.observations.detail({ observationId });
  const content = detail.content;
  if (!content) throw new Error("The observer reads their draft's content.");
  await janelle.observations.saveDraft({
    observationId,
    baseRevision: content.revision,
    observedOn: detail.observedOn,
    classLabel: "Reading block",
    durationMinutes: 30,
    ratings: content.ratings.map((rating) => ({ ...rating, levelRank: 2, lookFors: null })),
    notes: [],
  });
  await janelle.observations.publish({ observationId });
}

const png = () => ({ name: "IMG_0001.png", type: "image/png", bytes: TINY_PNG });

describe("observation photos", () => {
  let photoId = "";

  it("takes a photo from the observer of a draft and lists it on the observation", async () => {
    const result = await upload(JANELLE, png());
    expect(result.status).toBe(201);
    photoId = result.body.photoId ?? "";
    const janelle = await api.callerFor(JANELLE);
    const detail = await janelle.observations.detail({ observationId });
    expect(detail.content?.photos).toEqual([
      expect.objectContaining({ id: photoId, fileName: "IMG_0001.png", contentType: "image/png" }),
    ]);
  });

  it("refuses a PDF, which action-plan evidence would take, with a clear message", async () => {
    const result = await upload(JANELLE, {
      name: "plan.pdf",
      type: "application/pdf",
      bytes: new TextEncoder().encode("%PDF-1.4\n"),
    });
    expect(result.status).toBe(415);
    expect(result.body.error).toBe(
      "Files of type .pdf can't be added as a photo. Use a PNG, JPEG, GIF, WebP or HEIC image.",
    );
  });

  it("refuses a program renamed to .png by looking at its bytes", async () => {
    const result = await upload(JANELLE, {
      name: "photo.png",
      type: "image/png",
      bytes: new TextEncoder().encode("MZ\x90\0\x03\0\0\0"),
    });
    expect(result.status).toBe(415);
    expect(result.body.error).toMatch(/its contents are not a \.png file/);
  });

  it("lets only the observer add a photo", async () => {
    expect((await upload(MARIA, png())).status).toBe(404);
    expect((await upload(null, png())).status).toBe(401);
  });

  it("keeps a draft's photo from the teacher", async () => {
    expect((await fetchPhoto(MARIA, photoId)).status).toBe(404);
  });

  it("serves the published observation's photo to the teacher, privately", async () => {
    await publish();
    const response = await fetchPhoto(MARIA, photoId);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("cache-control")).toMatch(/^private/);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(TINY_PNG);
  });

  it("takes another photo after publishing", async () => {
    const result = await upload(JANELLE, png());
    expect(result.status).toBe(201);
  });

  it("hides a coaching photo from the principal until the teacher shares the observation", async () => {
    const before = await fetchPhoto(PRINCIPAL, photoId);
    expect(before.status).toBe(404);
    expect(await before.json()).toEqual({ error: "There is no such photo." });
    const maria = await api.callerFor(MARIA);
    await maria.observations.share({ observationId, shared: true });
    expect((await fetchPhoto(PRINCIPAL, photoId)).status).toBe(200);
    await maria.observations.share({ observationId, shared: false });
    expect((await fetchPhoto(PRINCIPAL, photoId)).status).toBe(404);
  });

  it("answers 404 to a teacher of another observation", async () => {
    expect(otherTeacherEmail).not.toBe("");
    expect((await fetchPhoto(otherTeacherEmail, photoId)).status).toBe(404);
  });

  it("answers 404 to a coach of another district", async () => {
    expect((await fetchPhoto("coach@cedarridge.test", photoId)).status).toBe(404);
  });

  it("refuses a delete by anyone but the observer, then lets the observer delete", async () => {
    const byTeacher = await app.request(`/files/observation-photos/${photoId}`, {
      method: "DELETE",
      headers: await cookieFor(MARIA),
    });
    expect(byTeacher.status).toBe(403);
    const byPrincipal = await app.request(`/files/observation-photos/${photoId}`, {
      method: "DELETE",
      headers: await cookieFor(PRINCIPAL),
    });
    expect(byPrincipal.status).toBe(404);
    const byObserver = await app.request(`/files/observation-photos/${photoId}`, {
      method: "DELETE",
      headers: await cookieFor(JANELLE),
    });
    expect(byObserver.status).toBe(204);
    expect((await fetchPhoto(JANELLE, photoId)).status).toBe(404);
  });
});
