import { demoEmail } from "@throughline/api/testing/demo-emails";
import { beforeAll, describe, expect, it } from "vitest";
import { TINY_PDF, TINY_PNG } from "../testing/sample-files.ts";
import { testServerPerFile } from "../testing/test-server-per-file.ts";

/*
 * A certificate of a request for PD credit: its teacher sends it while the request waits or was
 * returned; the teacher, the principal of their school and the district admin read it; anyone
 * else is told there is no such certificate. Only a PDF, PNG or JPEG whose bytes are one passes.
 */

const MARIA = demoEmail.teacher;
const PRINCIPAL = demoEmail.principal;
const ADMIN = demoEmail.admin;
const OTHER_PRINCIPAL = demoEmail.middlePrincipal;
const OTHER_TEACHER = demoEmail.leader;

const { api, app } = testServerPerFile();
let requestId: string;

beforeAll(async () => {
  const maria = await api.callerFor(MARIA);
  ({ requestId } = await maria.externalPd.submit({
    title: "Learning Forward Annual Conference",
    provider: "Learning Forward",
    kind: "conference",
    startOn: "2026-11-02",
    endOn: "2026-11-04",
    hours: 18,
    description: null,
  }));
});

async function cookieFor(email: string | null): Promise<Record<string, string>> {
  return email ? { cookie: await api.sessionCookieFor(email) } : {};
}

async function upload(
  email: string | null,
  file: { name: string; type: string; bytes: Uint8Array },
) {
  const form = new FormData();
  form.set("requestId", requestId);
  form.set("file", new File([new Uint8Array(file.bytes)], file.name, { type: file.type }));
  const response = await app.request("/files/external-pd-certificates", {
    method: "POST",
    body: form,
    headers: await cookieFor(email),
  });
  return {
    status: response.status,
    body: (await response.json()) as { certificateId?: string; error?: string },
  };
}

const pdf = { name: "certificate.pdf", type: "application/pdf", bytes: TINY_PDF };

describe("certificates of PD credit requests", () => {
  let certificateId = "";

  it("takes a PDF from the request's teacher and shows it on the request", async () => {
    const result = await upload(MARIA, pdf);
    expect(result.status).toBe(201);
    certificateId = result.body.certificateId ?? "";
    const mine = await (await api.callerFor(MARIA)).externalPd.mine();
    expect(mine.find((row) => row.id === requestId)?.certificate).toEqual({
      id: certificateId,
      fileName: "certificate.pdf",
    });
    const queue = await (await api.callerFor(PRINCIPAL)).externalPd.queue();
    expect(queue.find((row) => row.id === requestId)?.certificate?.id).toBe(certificateId);
  });

  it("refuses what is not a PDF, PNG or JPEG, and a renamed file, with the reason", async () => {
    const text = await upload(MARIA, {
      name: "notes.docx",
      type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      bytes: new TextEncoder().encode("PK\u0003\u0004"),
    });
    expect(text).toEqual({
      status: 415,
      body: { error: "A certificate must be a PDF, PNG or JPEG file." },
    });
    const renamed = await upload(MARIA, {
      name: "scan.pdf",
      type: "application/pdf",
      bytes: TINY_PNG,
    });
    expect(renamed.status).toBe(415);
    expect(renamed.body.error).toMatch(/its contents are not a \.pdf file/);
  });

  it("takes no certificate from anyone but the request's teacher", async () => {
    expect((await upload(OTHER_TEACHER, pdf)).status).toBe(404);
    expect((await upload(PRINCIPAL, pdf)).status).toBe(404);
    expect((await upload(null, pdf)).status).toBe(401);
  });

  it("opens for the teacher and the reviewers who administer them, and for nobody else", async () => {
    for (const email of [MARIA, PRINCIPAL, ADMIN]) {
      const response = await app.request(`/files/external-pd-certificates/${certificateId}`, {
        headers: await cookieFor(email),
      });
      expect(response.status, email).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/pdf");
    }
    for (const email of [OTHER_TEACHER, OTHER_PRINCIPAL]) {
      const response = await app.request(`/files/external-pd-certificates/${certificateId}`, {
        headers: await cookieFor(email),
      });
      expect(response.status, email).toBe(404);
    }
  });

  it("keeps the certificate of a decided request as it was", async () => {
    await (await api.callerFor(PRINCIPAL)).externalPd.approve({ requestId });
    const result = await upload(MARIA, pdf);
    expect(result.status).toBe(403);
  });
});
