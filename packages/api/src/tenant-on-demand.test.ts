import { rowsOfResult } from "@throughline/db/queries/result-rows";
import { recordStatements, type StatementLog, statementCount } from "@throughline/db/statement-log";
import { TRPCError } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, type TestApi } from "./testing/test-api.ts";
import { authedProcedure, createRouter } from "./trpc.ts";

/**
 * A query opens the tenant transaction only when it first touches `ctx.tx`
 * (`tenant-on-demand.ts`). These procedures check that nothing of the transaction's guarantees
 * is lost on the way: row security, one transaction for all statements, rollback on error.
 */
/** The first row of a raw statement's answer. */
async function firstRow<T>(result: Promise<unknown>): Promise<T | undefined> {
  return rowsOfResult<T>(await result)[0];
}

const marker = "Display name written inside a rolled-back transaction";

const probeRouter = createRouter({
  viewerOnly: authedProcedure.query(({ ctx }) => ctx.viewer.person.displayName),
  districtsSeen: authedProcedure.query(async ({ ctx }) => {
    const row = await firstRow<{ districts: number; current: string }>(
      ctx.tx.execute(
        sql`select count(distinct district_id)::int as districts,
          current_setting('app.district_id') as current from person`,
      ),
    );
    return { ...row, own: ctx.districtId };
  }),
  settingKept: authedProcedure.query(async ({ ctx }) => {
    await ctx.tx.execute(sql`select set_config('app.probe', 'kept', true)`);
    const row = await firstRow<{ probe: string }>(
      ctx.tx.execute(sql`select current_setting('app.probe', true) as probe`),
    );
    return row?.probe;
  }),
  readsStartedTogether: authedProcedure.query(async ({ ctx }) => {
    const first = firstRow<{ n: number }>(ctx.tx.execute(sql`select 1 as n`));
    const second = firstRow<{ n: number }>(ctx.tx.execute(sql`select 2 as n`));
    return [(await first)?.n, (await second)?.n];
  }),
  writeThenFail: authedProcedure.mutation(async ({ ctx }) => {
    await ctx.tx.execute(
      sql`update person set display_name = ${marker} where id = ${ctx.personId}`,
    );
    const row = await firstRow<{ name: string }>(
      ctx.tx.execute(sql`select display_name as name from person where id = ${ctx.personId}`),
    );
    throw new TRPCError({ code: "CONFLICT", message: `saw ${row?.name}` });
  }),
});

let api: TestApi;
let log: StatementLog;
let cookie: string;

beforeAll(async () => {
  api = await createTestApi();
  cookie = await api.sessionCookieFor("teacher@maplevalley.test");
  log = recordStatements(api.db);
});

afterAll(async () => {
  log.stop();
  await api.close();
});

async function call(url: string, method: "GET" | "POST" = "GET"): Promise<unknown> {
  const headers = new Headers({ cookie, "content-type": "application/json" });
  const response = await fetchRequestHandler({
    endpoint: "/trpc",
    req: new Request(`http://localhost:3000/trpc/${url}`, {
      method,
      headers,
      body: method === "POST" ? "{}" : undefined,
    }),
    router: probeRouter,
    createContext: () => api.requestContext(headers),
  });
  return response.json();
}

function dataOf(body: unknown): unknown {
  return (body as { result: { data: { json: unknown } } }).result.data.json;
}

describe("the tenant transaction opened on demand", () => {
  it("opens no transaction for a query that needs only the viewer", async () => {
    log.take();
    expect(dataOf(await call("viewerOnly"))).toBeTypeOf("string");
    const sent = log.take();
    expect(statementCount(sent), sent.join("\n")).toBe(1);
  });

  it("runs a query that reads under row security, seeing its own district only", async () => {
    const all = await firstRow<{ districts: number }>(
      api.db.execute(sql`select count(distinct district_id)::int as districts from person`),
    );
    expect(all?.districts).toBeGreaterThan(1);
    const seen = dataOf(await call("districtsSeen")) as Record<string, unknown>;
    expect(seen.districts).toBe(1);
    expect(seen.current).toBe(seen.own);
  });

  it("runs every statement of a query in one transaction", async () => {
    log.take();
    expect(dataOf(await call("settingKept"))).toBe("kept");
    expect(log.take().filter((text) => /^begin/i.test(text.trim()))).toHaveLength(1);
  });

  it("answers a query that starts several reads before awaiting them", async () => {
    expect(dataOf(await call("readsStartedTogether"))).toEqual([1, 2]);
  });

  it("gives each procedure of a batched request its own transaction", async () => {
    log.take();
    const body = await call("viewerOnly,districtsSeen,settingKept?batch=1");
    expect((body as unknown[]).map(dataOf)[2]).toBe("kept");
    const sent = log.take();
    expect(
      sent.filter((text) => /^begin/i.test(text.trim())),
      sent.join("\n"),
    ).toHaveLength(2);
    expect(sent.filter((text) => text.includes("session_viewer"))).toHaveLength(1);
  });

  it("sees its own write, and rolls it back when the procedure fails", async () => {
    const body = (await call("writeThenFail", "POST")) as { error: { json: { message: string } } };
    expect(body.error.json.message).toBe(`saw ${marker}`);
    const after = await firstRow<{ n: number }>(
      api.db.execute(sql`select count(*)::int as n from person where display_name = ${marker}`),
    );
    expect(after?.n).toBe(0);
  });
});
