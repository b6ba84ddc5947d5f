/**
 * Where one `teacher.home` goes, in process on a fresh database seeded with the demo (dropped at
 * the end): the demo teacher's home run N times in a tenant transaction, one caller at a time,
 * with node's processor time per home and the PostgreSQL backends' (from /proc, so it needs the
 * server on this machine); then each statement the home sends, with PostgreSQL's planning and
 * execution time from `EXPLAIN (ANALYZE, BUFFERS)` run as the application role in a tenant
 * transaction, and whether JIT compiled it.
 *
 * TEACHER_HOME_BASELINE names a module exporting another `getTeacherHome` (say the previous
 * version, copied beside the current one): the two then take turns, round by round, so the
 * machine's load lands on both. PROFILE_CALLS (default 300) and PROFILE_ROUNDS (4) size the run.
 * PROFILE_PROCEDURE=sessionFeedback.pending profiles the list the home asks for with it instead:
 * the per-kind definition (`referencePendingItems`, drizzle building three selects and their
 * union per call) against the prepared statement the procedure runs, in turns.
 *
 *   cd apps/server && TEST_DATABASE_URL=… tsx bench/teacher-home-profile.ts
 */
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { openPostgres } from "@throughline/db/client";
import {
  getTeacherHome,
  type TeacherHomePerson,
  teacherHomePersonOf,
} from "@throughline/db/queries/home-pages/teacher-home";
import { getViewer } from "@throughline/db/queries/people/viewer";
import {
  pendingFeedbackItems,
  referencePendingItems,
} from "@throughline/db/queries/session-feedback/finished-items";
import { person as personTable } from "@throughline/db/schema";
import { demoPeople } from "@throughline/db/seed/demo-logins";
import { type Transaction, withTenant } from "@throughline/db/tenant";
import {
  pendingFeedbackListLength,
  pendingFeedbackSince,
} from "@throughline/domain/session-feedback";
import { eq, sql } from "drizzle-orm";
import { openBenchDatabase, personByEmail, rowsOf } from "./bench-database.ts";

/** One call of the profiled procedure's database work, as its router makes it. */
type Run = (
  tx: Transaction,
  params: { personId: string; now: Date; person: TeacherHomePerson },
) => Promise<unknown>;
const calls = Number(process.env.PROFILE_CALLS ?? 300);
const rounds = Number(process.env.PROFILE_ROUNDS ?? 4);
const procedure = process.env.PROFILE_PROCEDURE ?? "teacher.home";
const baselinePath = process.env.TEACHER_HOME_BASELINE;
const variants: [string, Run][] = [];
if (procedure === "sessionFeedback.pending") {
  const pendingWith =
    (list: typeof pendingFeedbackItems): Run =>
    (tx, params) =>
      list(tx, {
        personId: params.personId,
        since: pendingFeedbackSince(params.now),
        limit: pendingFeedbackListLength,
      });
  variants.push(
    ["per-kind", pendingWith(referencePendingItems)],
    ["prepared", pendingWith(pendingFeedbackItems)],
  );
} else if (procedure === "teacher.home") {
  variants.push(["current", getTeacherHome]);
  if (baselinePath) {
    const baseline: { getTeacherHome: Run } = await import(baselinePath);
    variants.unshift(["baseline", baseline.getTeacherHome]);
  }
} else {
  throw new Error("PROFILE_PROCEDURE is teacher.home or sessionFeedback.pending.");
}

const bench = await openBenchDatabase();
const app = await openPostgres(bench.url);
const load = () =>
  loadavg()
    .map((figure) => figure.toFixed(1))
    .join(" ");

/** User + system processor ms of the given PostgreSQL backends, from /proc (100 ticks a second). */
function backendMs(pids: readonly number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // A backend that ended between listing and reading has nothing more to add.
    }
  }
  return ticks * 10;
}

async function backendsOfBench(): Promise<number[]> {
  const rows = rowsOf<{ pid: number }>(
    await bench.owner.db.execute(
      sql`select pid from pg_stat_activity where datname = ${bench.name} and pid <> pg_backend_pid()`,
    ),
  );
  return rows.map((row) => row.pid);
}

/** The statements a function sends on its transaction's connection, in order, with parameters. */
interface Sent {
  text: string;
  parameters: unknown[];
}
function recordStatements(tx: Transaction, into: Sent[]): () => void {
  const session: object = Reflect.get(tx, "session");
  const client: object = Reflect.get(session, "client");
  const unsafe: (text: string, parameters?: unknown[], options?: object) => unknown = Reflect.get(
    client,
    "unsafe",
  );
  Reflect.set(client, "unsafe", (text: string, parameters: unknown[] = [], options?: object) => {
    into.push({ text, parameters });
    return unsafe.call(client, text, parameters, options);
  });
  return () => Reflect.set(client, "unsafe", unsafe);
}

try {
  const teacher = await personByEmail(bench.owner, demoPeople.teacher.email);
  const viewer = await withTenant(app.db, teacher.districtId, (tx) =>
    getViewer(tx, { personId: teacher.personId }),
  );
  if (!viewer) throw new Error("The demo teacher has no viewer.");
  const person = teacherHomePersonOf(viewer);
  const home = (run: Run) =>
    withTenant(app.db, teacher.districtId, (tx) =>
      run(tx, { personId: teacher.personId, now: new Date(), person }),
    );

  // Same answer from each variant before timing (the clock moves, so compare as JSON once; a
  // list is compared as a set, since the per-kind definition leaves ties in any order).
  const answers = await Promise.all(variants.map(([, run]) => home(run)));
  const reference = answers[0];
  if (!reference) throw new Error("No variant to run.");
  // PROFILE_FLOOR=1 adds the floor, timed like the others: one select of the person by key in
  // a tenant transaction, what any request that reads the database pays at the least.
  if (process.env.PROFILE_FLOOR === "1") {
    variants.push([
      "floor",
      async (tx, params) => {
        await tx
          .select({ id: personTable.id })
          .from(personTable)
          .where(eq(personTable.id, params.personId));
        return reference;
      },
    ]);
  }
  const [first, ...others] = answers.map((answer) =>
    JSON.stringify(
      Array.isArray(answer) ? answer.map((item) => JSON.stringify(item)).sort() : answer,
    ),
  );
  if (others.some((other) => other !== first)) throw new Error("The variants answer differently.");
  for (const [, run] of variants) for (let i = 0; i < 20; i += 1) await home(run);

  console.log(`${procedure} of ${demoPeople.teacher.email}, ${calls} calls a round, one caller`);
  for (let round = 1; round <= rounds; round += 1) {
    for (const [label, run] of variants) {
      const pids = await backendsOfBench();
      const pgBefore = backendMs(pids);
      const cpuBefore = process.cpuUsage();
      const started = performance.now();
      for (let i = 0; i < calls; i += 1) await home(run);
      const wall = performance.now() - started;
      const cpu = process.cpuUsage(cpuBefore);
      const pg = backendMs(pids) - pgBefore;
      console.log(
        `round ${round} ${label.padEnd(8)} node ${((cpu.user + cpu.system) / 1000 / calls).toFixed(2)} ms, ` +
          `PostgreSQL ${(pg / calls).toFixed(2)} ms, wall ${(wall / calls).toFixed(2)} ms per call ` +
          `(load ${load()})`,
      );
    }
  }

  // Whether PostgreSQL kept a generic plan for each prepared statement or planned each call anew.
  const prepared = await withTenant(app.db, teacher.districtId, (tx) =>
    tx.execute(
      sql`select generic_plans, custom_plans, left(regexp_replace(statement, '[[:space:]]+', ' ', 'g'), 90) as head from pg_prepared_statements order by custom_plans + generic_plans desc limit 8`,
    ),
  );
  console.log("\nprepared statements on one connection (generic / custom plans):");
  for (const row of rowsOf<{ generic_plans: number; custom_plans: number; head: string }>(
    prepared,
  )) {
    console.log(`  ${row.generic_plans} / ${row.custom_plans}: ${row.head}`);
  }

  for (const [label, run] of variants) {
    const sent: Sent[] = [];
    await withTenant(app.db, teacher.districtId, async (tx) => {
      const stop = recordStatements(tx, sent);
      await run(tx, { personId: teacher.personId, now: new Date(), person });
      stop();
    });
    console.log(`\n${label}: ${sent.length} statements`);
    for (const statement of sent) await explain(teacher.districtId, statement);
  }
} finally {
  await app.close();
  await bench.finish();
}

interface Plan {
  "Planning Time": number;
  "Execution Time": number;
  JIT?: unknown;
  Plan: { "Shared Hit Blocks"?: number };
}

/** EXPLAIN ANALYZE of one statement as the home runs it, five times: the median and the first. */
async function explain(districtId: string, statement: Sent): Promise<void> {
  const plans: Plan[] = [];
  for (let i = 0; i < 5; i += 1) {
    await withTenant(app.db, districtId, async (tx) => {
      const session: object = Reflect.get(tx, "session");
      const client: object = Reflect.get(session, "client");
      const unsafe: (text: string, parameters: unknown[]) => Promise<unknown> = Reflect.get(
        client,
        "unsafe",
      );
      const rows = rowsOf<{ "QUERY PLAN": Plan[] }>(
        await unsafe.call(
          client,
          `explain (analyze, buffers, format json) ${statement.text}`,
          statement.parameters,
        ),
      );
      const plan = rows[0]?.["QUERY PLAN"][0];
      if (plan) plans.push(plan);
    });
  }
  const median = (pick: (plan: Plan) => number) =>
    plans
      .map(pick)
      .sort((a, b) => a - b)
      [Math.floor(plans.length / 2)]?.toFixed(3);
  const head = statement.text.replace(/\s+/g, " ").slice(0, 110);
  console.log(
    `  plan ${median((plan) => plan["Planning Time"])} ms, run ${median((plan) => plan["Execution Time"])} ms, ` +
      `buffers ${plans[0]?.Plan["Shared Hit Blocks"] ?? 0}${plans.some((plan) => plan.JIT) ? ", JIT" : ""}: ${head}`,
  );
}
