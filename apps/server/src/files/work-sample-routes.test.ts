import { rawRows } from "@throughline/db/testing";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { TINY_PNG } from "../testing/sample-files.ts";
import { testServerPerFile } from "../testing/test-server-per-file.ts";

/*
 * Student work on a team goal's checkpoint is the team's: the facilitator and the team's
 * coaches add and remove it, members open it, and a principal, another school's teacher or
 * another district is told there is no such sample.
 */

const JANELLE = "coach@maplevalley.test"; // facilitates the K–2 Literacy PLC
const MARIA = "teacher@maplevalley.test"; // a member of it
const PRINCIPAL = "principal@maplevalley.test";
const CEDAR = "coach@cedarridge.test";

let checkpointId = "";
const { api, app } = testServerPerFile();

beforeAll(async () => {
  const [row] = await rawRows<{ id: string }>(
    api.db,
    sql`select c.id::text as id from team_goal_checkpoint c
        join team_goal g on g.district_id = c.district_id and g.id = c.goal_id
        join team t on t.district_id = g.district_id and t.id = g.team_id
        where t.name = 'K–2 Literacy PLC' order by c.planned_on limit 1`,
  );
  checkpointId = row?.id ?? "";
});

async function cookieFor(email: string): Promise<Record<string, string>> {
  return { cookie: await api.sessionCookieFor(email) };
}

async function upload(email: string) {
  const form = new FormData();
  form.set("checkpointId", checkpointId);
  form.set("file", new File([new Uint8Array(TINY_PNG)], "exit-ticket.png", { type: "image/png" }));
  const response = await app.request("/files/work-samples", {
    method: "POST",
    body: form,
    headers: await cookieFor(email),
  });
  return { status: response.status, body: (await response.json()) as { sampleId?: string } };
}

describe("work samples", () => {
  let sampleId = "";

  it("the facilitator adds one; members open it", async () => {
    const added = await upload(JANELLE);
    expect(added.status).toBe(201);
    sampleId = added.body.sampleId ?? "";
    const opened = await app.request(`/files/work-samples/${sampleId}`, {
      headers: await cookieFor(MARIA),
    });
    expect(opened.status).toBe(200);
    expect(opened.headers.get("content-type")).toContain("image/png");
  });

  it("a member cannot add one, and nobody outside the team finds it", async () => {
    expect((await upload(MARIA)).status).toBe(403);
    for (const email of [PRINCIPAL, CEDAR]) {
      const opened = await app.request(`/files/work-samples/${sampleId}`, {
        headers: await cookieFor(email),
      });
      expect(opened.status).toBe(404);
    }
    expect((await upload(CEDAR)).status).toBe(404);
  });

  it("the facilitator removes it", async () => {
    const removed = await app.request(`/files/work-samples/${sampleId}`, {
      method: "DELETE",
      headers: await cookieFor(JANELLE),
    });
    expect(removed.status).toBe(204);
    const opened = await app.request(`/files/work-samples/${sampleId}`, {
      headers: await cookieFor(MARIA),
    });
    expect(opened.status).toBe(404);
  });
});
