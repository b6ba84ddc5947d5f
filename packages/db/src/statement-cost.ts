import { readFileSync } from "node:fs";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import type { Database } from "./client.ts";
import * as schema from "./schema/index.ts";
import { registerPostgresTenantBegin, tenantSettingsSql } from "./tenant-transaction.ts";

/*
 * Processor time per request, which holds under a shared machine's load far better than
 * wall-clock time: node's own (`process.cpuUsage`) and the PostgreSQL backend's (from
 * /proc/<pid>/stat of the one connection the profile uses), and each statement's planning and
 * execution as `EXPLAIN (ANALYZE, BUFFERS)` reports them in a tenant transaction.
 */

interface Statement {
  query: string;
  parameters: unknown[];
}

/** A database on one connection (so one backend serves it all) that can record its statements. */
interface CostDatabase {
  db: Database;
  /** Runs `run` and returns the statements it sent (`begin`, `commit` and `set` left out). */
  record(run: () => Promise<unknown>): Promise<Statement[]>;
  /** Node and backend processor time, in ms per call, of `calls` calls of `run` one at a time. */
  cpuPerCall(run: () => Promise<unknown>, calls: number): Promise<{ node: number; pg: number }>;
  /** Planning and execution ms of each statement (best of `rounds`), as the application role. */
  explain(statements: Statement[], districtId: string, rounds: number): Promise<ExplainedCost[]>;
  close(): Promise<void>;
}

interface ExplainedCost {
  query: string;
  planningMs: number;
  executionMs: number;
  rows: number;
  sharedBlocks: number;
}

export async function openCostDatabase(url: string): Promise<CostDatabase> {
  let recording: Statement[] | null = null;
  const client = postgres(url, {
    max: 1,
    onnotice: () => {},
    // BENCH_PLAN_CACHE_MODE=force_generic_plan shows what a generic plan would cost.
    connection: process.env.BENCH_PLAN_CACHE_MODE
      ? { plan_cache_mode: process.env.BENCH_PLAN_CACHE_MODE }
      : {},
    debug: (_connection, query, parameters) => {
      // Transaction control and settings have no plan to explain.
      if (recording && !/^\s*(begin|commit|rollback|set)\b/i.test(query)) {
        recording.push({ query, parameters });
      }
    },
  });
  const db = drizzle({ client, schema, casing: "snake_case" });
  registerPostgresTenantBegin(db, client, schema);
  const [{ pid }] = (await client`select pg_backend_pid() as pid`) as unknown as [{ pid: number }];
  const ticksPerMs = 100 / 1000; // USER_HZ is 100 on Linux
  const backendTicks = () => {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    // utime and stime are fields 14 and 15 of stat; after "pid (comm) " they are 12th and 13th.
    return Number(fields[11]) + Number(fields[12]);
  };

  return {
    db,
    async record(run) {
      recording = [];
      try {
        await run();
        return recording;
      } finally {
        recording = null;
      }
    },
    async cpuPerCall(run, calls) {
      const node = process.cpuUsage();
      const pg = backendTicks();
      for (let call = 0; call < calls; call += 1) await run();
      const spent = process.cpuUsage(node);
      return {
        node: (spent.user + spent.system) / 1000 / calls,
        pg: (backendTicks() - pg) / ticksPerMs / calls,
      };
    },
    async explain(statements, districtId, rounds) {
      const costs: ExplainedCost[] = [];
      for (const statement of statements) {
        let best: ExplainedCost | null = null;
        for (let round = 0; round < rounds; round += 1) {
          const plan = await client.begin(async (tx) => {
            await tx.unsafe(tenantSettingsSql(districtId));
            const [row] = await tx.unsafe(
              `explain (analyze, buffers, format json) ${statement.query}`,
              statement.parameters.map(unserialized) as postgres.ParameterOrJSON<never>[],
            );
            return (row as unknown as { "QUERY PLAN": ExplainJson[] } | undefined)?.[
              "QUERY PLAN"
            ][0];
          });
          if (!plan) continue;
          const cost: ExplainedCost = {
            query: statement.query.replace(/\s+/g, " ").slice(0, 70),
            planningMs: plan["Planning Time"],
            executionMs: plan["Execution Time"],
            rows: plan.Plan["Actual Rows"],
            sharedBlocks: plan.Plan["Shared Hit Blocks"] + plan.Plan["Shared Read Blocks"],
          };
          if (!best || cost.planningMs + cost.executionMs < best.planningMs + best.executionMs) {
            best = cost;
          }
        }
        if (best) costs.push(best);
      }
      return costs;
    },
    close: () => client.end(),
  };
}

interface ExplainJson {
  "Planning Time": number;
  "Execution Time": number;
  Plan: { "Actual Rows": number; "Shared Hit Blocks": number; "Shared Read Blocks": number };
}

/**
 * postgres.js shows parameters as it serialized them; booleans went as "t" and "f", which its
 * boolean serializer would read as false once more, so they go back to booleans.
 */
function unserialized(value: unknown): unknown {
  return value === "t" ? true : value === "f" ? false : value;
}
