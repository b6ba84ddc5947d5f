import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { buildDashboard } from "@throughline/api/dashboard-build";
import { findSessionViewer } from "@throughline/db/queries/accounts/session-viewer";
import { getCaseload } from "@throughline/db/queries/caseload/caseload";
import {
  type DashboardReach,
  loadDashboardPeople,
} from "@throughline/db/queries/dashboards/dashboard-people";
import {
  getTeacherHome,
  teacherHomePersonOf,
} from "@throughline/db/queries/home-pages/teacher-home";
import { getViewer, type ViewerDetails } from "@throughline/db/queries/people/viewer";
import { type Transaction, withTenant } from "@throughline/db/tenant";
import { accessScopeOf } from "@throughline/domain/rules/access-scope";
import { databaseFrom } from "../src/database-from-env.ts";
import { readEnv } from "../src/env.ts";

/*
 * The floor `pnpm bench` compares the platform with: a bare `node:http` handler running the
 * same query functions the procedures run, in the same tenant transaction (application role,
 * district set), on a database opened as the server opens it — and nothing else: no tRPC, no
 * session or identity look-up (the district and person come in the query string, and the
 * viewer a procedure is handed is read once per person and kept), no middleware, no logging,
 * plain JSON. `viewer.me`, whose answer is the viewer, runs the platform's own statement for
 * it (the session's viewer by token) and nothing more: the procedure opens no transaction.
 * Run as its own process by bench.ts (PORT, DATABASE_URL).
 */

const env = readEnv(process.env);
if (!env.DATABASE_URL) throw new Error("The bare handler needs DATABASE_URL.");
const database = await databaseFrom(env);

type Handler = (tx: Transaction, query: URLSearchParams) => Promise<unknown>;

/** The viewer each person's procedures are handed: identity, given to the floor for free. */
const viewers = new Map<string, Promise<ViewerDetails | null>>();
async function givenViewer(tx: Transaction, personId: string): Promise<ViewerDetails> {
  let viewer = viewers.get(personId);
  if (!viewer) {
    viewer = getViewer(tx, { personId });
    viewers.set(personId, viewer);
  }
  const found = await viewer;
  if (!found) throw new Error("No such active person.");
  return found;
}

/** viewer.me: the session's viewer in the platform's one statement, and its answer. */
async function viewerMe(query: URLSearchParams): Promise<unknown> {
  const found = await findSessionViewer(database.db, required(query, "token"));
  const viewer = found?.viewer;
  if (!viewer) throw new Error("No session with an active person for this token.");
  const scope = accessScopeOf(viewer);
  return {
    ...viewer,
    access: scope.apps,
    administers: { district: scope.districtAdmin, schools: scope.schools },
  };
}

function required(query: URLSearchParams, name: string): string {
  const value = query.get(name);
  if (!value) throw new Error(`Missing ?${name}=`);
  return value;
}

/** What `dashboardFor` in the dashboard router does after its access check. */
async function dashboard(tx: Transaction, reach: DashboardReach, query: URLSearchParams) {
  const people = await loadDashboardPeople(tx, reach);
  return buildDashboard(tx, {
    reach,
    people,
    districtName: query.get("districtName") ?? "",
    now: new Date(),
  });
}

const handlers: Record<string, Handler> = {
  "/teacher.home": async (tx, query) => {
    const personId = required(query, "person");
    const viewer = await givenViewer(tx, personId);
    return getTeacherHome(tx, { personId, now: new Date(), person: teacherHomePersonOf(viewer) });
  },
  "/caseload.mine": (tx, query) => getCaseload(tx, { personId: required(query, "person") }),
  "/dashboard.district": (tx, query) => dashboard(tx, { kind: "district" }, query),
  "/dashboard.school": (tx, query) =>
    dashboard(tx, { kind: "school", schoolId: required(query, "school") }, query),
};

async function answer(incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> {
  const url = new URL(incoming.url ?? "/", "http://bare");
  if (url.pathname === "/healthz") {
    outgoing.writeHead(200, { "content-type": "text/plain" }).end("ok");
    return;
  }
  const query = url.searchParams;
  const handler = handlers[url.pathname];
  let result: unknown;
  if (url.pathname === "/viewer.me") {
    result = await viewerMe(query);
  } else if (handler) {
    result = await withTenant(database.db, required(query, "district"), (tx) => handler(tx, query));
  } else {
    outgoing.writeHead(404).end();
    return;
  }
  outgoing.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(result));
}

const server = createServer((incoming, outgoing) => {
  answer(incoming, outgoing).catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    if (!outgoing.headersSent) outgoing.writeHead(500, { "content-type": "text/plain" });
    outgoing.end(message);
  });
});
server.listen(env.PORT, "127.0.0.1");

process.on("SIGTERM", () => {
  server.close();
  server.closeAllConnections();
  database.close().finally(() => process.exit(0));
});
