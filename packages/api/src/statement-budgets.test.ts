import { recordStatements, type StatementLog, statementCount } from "@throughline/db/statement-log";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "./root.ts";
import { testApiPerFile } from "./testing/test-api-per-file.ts";

/**
 * What a request costs the database, counted at the driver through the real router: the
 * session lookup, `begin` with the tenant settings, the procedure's own statements and
 * `commit`. A procedure that grows past its budget fails here; lower a budget when a
 * procedure gets cheaper. A request that reads the database pays 4 of its own (lookup, begin,
 * settings, commit); one that needs only the viewer pays the lookup alone and opens no
 * transaction (`viewerProcedure`).
 */
const REQUEST_OWN = 4;

const budgets = [
  // Enrolments, stages, and the programs she is in or must take: sent together, one round trip.
  { path: "teacher.home", email: "teacher@maplevalley.test", own: 3 },
  // Asked with the home: one prepared statement of what is pending.
  { path: "sessionFeedback.pending", email: "teacher@maplevalley.test", own: 1 },
  { path: "caseload.mine", email: "coach@maplevalley.test", own: 1 },
  { path: "dashboard.district", email: "admin@maplevalley.test", own: 3 },
  // One statement per part of the overview, none per school or team.
  { path: "admin.overview", email: "admin@maplevalley.test", own: 10 },
] as const;

const api = testApiPerFile();
let log: StatementLog;
const cookies = new Map<string, string>();

beforeAll(async () => {
  for (const { email } of budgets) cookies.set(email, await api.sessionCookieFor(email));
  log = recordStatements(api.db);
});

afterAll(async () => {
  log.stop();
});

/** One HTTP request to the tRPC endpoint, handled the way the server handles it. */
async function request(email: string, url: string): Promise<Response> {
  const headers = new Headers({ cookie: cookies.get(email) ?? "" });
  const response = await fetchRequestHandler({
    endpoint: "/trpc",
    req: new Request(`http://localhost:3000/trpc/${url}`, { headers }),
    router: appRouter,
    createContext: () => api.requestContext(headers),
  });
  expect(response.status).toBe(200);
  await response.arrayBuffer();
  return response;
}

/**
 * Transactions opened with the tenant settings in the same message as `begin` (PostgreSQL) or
 * as the very next call (the embedded database, where `begin` is PGlite's own and nothing goes
 * over a network). Fails on a `begin` followed by anything else.
 */
function tenantOpenings(sent: string[]): number {
  const settings =
    /^select set_config\('role', 'throughline_app', true\), set_config\('app\.district_id'/;
  let opened = 0;
  sent.forEach((text, index) => {
    const trimmed = text.trim();
    if (/^begin;/i.test(trimmed)) {
      expect(trimmed.slice("begin;".length).trim()).toMatch(settings);
      opened += 1;
    } else if (/^begin$/i.test(trimmed)) {
      expect(sent[index + 1]?.trim() ?? "").toMatch(settings);
      opened += 1;
    }
  });
  return opened;
}

function inputFor(path: string): string {
  return path === "dashboard.district"
    ? `?input=${encodeURIComponent(JSON.stringify({ json: { level: "district" } }))}`
    : "";
}

describe("statement budgets", () => {
  it("answers viewer.me with the session lookup alone: one statement, no transaction", async () => {
    await request("teacher@maplevalley.test", "viewer.me"); // warm
    log.take();
    await request("teacher@maplevalley.test", "viewer.me");
    const sent = log.take();
    expect(statementCount(sent), sent.join("\n")).toBe(1);
    expect(sent.filter((text) => text.includes("session_viewer"))).toHaveLength(1);
    expect(tenantOpenings(sent)).toBe(0);
  });

  it.each(budgets)("$path stays within $own statements of its own", async (budget) => {
    await request(budget.email, `${budget.path}${inputFor(budget.path)}`); // warm
    log.take();
    await request(budget.email, `${budget.path}${inputFor(budget.path)}`);
    const sent = log.take();
    const counted = statementCount(sent);
    expect(counted, sent.join("\n")).toBeLessThanOrEqual(REQUEST_OWN + budget.own);
    // The session and viewer are one lookup; the tenant settings travel with `begin`.
    expect(sent.filter((text) => text.includes("session_viewer"))).toHaveLength(1);
    expect(tenantOpenings(sent)).toBe(1);
    console.log(`${budget.path}: ${counted} statements in ${sent.length} messages`);
  });

  it("looks the session up once for every procedure of a batched request", async () => {
    log.take();
    await request(
      "teacher@maplevalley.test",
      "viewer.me,teacher.home,notifications.preferences?batch=1",
    );
    const sent = log.take();
    expect(
      sent.filter((text) => text.includes("session_viewer")),
      sent.join("\n"),
    ).toHaveLength(1);
    // viewer.me needs no transaction; the other two each get their own.
    expect(tenantOpenings(sent)).toBe(2);
  });
});
