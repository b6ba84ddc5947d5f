import { runRecordExports } from "@throughline/api/record-export/run-record-export";
import { membershipFor } from "@throughline/db/testing";
import { strFromU8, unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { testServerPerFile } from "../testing/test-server-per-file.ts";

const MARIA = "teacher@maplevalley.test";
const JANELLE = "coach@maplevalley.test";
const CEDAR_COACH = "coach@cedarridge.test";

let downloadUrl: string;

const server = testServerPerFile();
const { api, app } = server;

beforeAll(async () => {
  const maria = await api.callerFor(MARIA);
  await maria.recordExport.start();
  const { districtId } = await membershipFor(api.db, MARIA);
  await runRecordExports({ db: api.db, storage: server.storage }, districtId);
  downloadUrl = (await maria.recordExport.latest())?.downloadUrl ?? "";
});

async function download(email: string | null, url = downloadUrl) {
  const headers = email ? { cookie: await api.sessionCookieFor(email) } : undefined;
  return app.request(url, { headers });
}

describe("GET /files/record-exports/:id", () => {
  it("gives the teacher her record as a ZIP attachment named for her and the day", async () => {
    expect(downloadUrl).toMatch(/^\/files\/record-exports\/[0-9a-f-]{36}$/);
    const response = await download(MARIA);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/zip");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="throughline-record-maria-delgado-\d{4}-\d{2}-\d{2}\.zip"/,
    );
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    expect(strFromU8(files["index.html"] ?? new Uint8Array())).toContain("Maria Delgado");
  });

  it("is nobody else's: her coach and another district get 404, a stranger must sign in", async () => {
    expect((await download(JANELLE)).status).toBe(404);
    expect((await download(CEDAR_COACH)).status).toBe(404);
    expect((await download(null)).status).toBe(401);
    expect((await download(MARIA, "/files/record-exports/not-an-id")).status).toBe(404);
  });
});
