import { writeFileSync } from "node:fs";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "./root.ts";
import {
  type Decision,
  type Where,
  type Who,
  whereLetters,
  whoAll,
} from "./testing/access-matrix.ts";
import { MATRIX_IDP_ORIGIN } from "./testing/access-matrix-accounts.ts";
import { isRefusal, PLAYED_BY, sampleInputs } from "./testing/access-matrix-cells.ts";
import { accessDecisions } from "./testing/access-matrix-decisions.ts";
import { testApiPerFile } from "./testing/test-api-per-file.ts";

/*
 * The access matrix, generated from the router itself: every procedure is called by every role
 * (and by nobody signed in) with its sample input aimed at the demo teacher's own school,
 * another school of the district and another district, and the answer must be the decision in
 * `testing/access-matrix.ts`: refused (FORBIDDEN, UNAUTHORIZED or NOT_FOUND) or past the gate
 * (anything else, a BAD_REQUEST included). A procedure without a decision fails this test.
 * ACCESS_MATRIX_RECORD=<file> writes the answers seen, as the table's entries, for review.
 */

type Call = (input: unknown) => Promise<unknown>;
const procedures = appRouter._def.procedures as unknown as Record<
  string,
  { _def: { inputs: unknown[]; type: string } }
>;
/**
 * Calls that take something away run last, so the rows they remove are not missed before; and
 * signing out every other device runs after all of them, so the device `account.revokeSession`
 * signs out is still there.
 */
const takesAway = (path: string) =>
  /\.(delete|remove|withdraw|cancel|discard|revoke|setArchived|setActive)/.test(path);
const turn = (path: string) =>
  path === "account.revokeOtherSessions" ? 2 : takesAway(path) ? 1 : 0;
const paths = Object.keys(procedures).sort((a, b) => turn(a) - turn(b) || a.localeCompare(b));
const recorded: Record<string, Decision> = {};

const api = testApiPerFile({ ssoInternalOrigins: [MATRIX_IDP_ORIGIN] });
let callers: Record<Who, unknown>;
let inputs: Record<Where, (path: string) => unknown>;

beforeAll(async () => {
  const signedIn: Partial<Record<Who, unknown>> = { signedOut: api.anonymous() };
  for (const [who, email] of Object.entries(PLAYED_BY)) {
    signedIn[who as Who] = await api.callerFor(email);
  }
  callers = signedIn as Record<Who, unknown>;
  inputs = await sampleInputs(api);
}, 60_000);

afterAll(async () => {
  const file = process.env.ACCESS_MATRIX_RECORD;
  if (file) writeFileSync(file, JSON.stringify(recorded, null, 1));
});

function procedureOf(caller: unknown, path: string): Call {
  // The caller is a proxy keyed by path segments; walking it by name is the point of this test.
  let target: unknown = caller;
  for (const segment of path.split(".")) target = (target as Record<string, unknown>)[segment];
  return target as Call;
}

/** Whether the call got past the gate. */
async function passes(caller: unknown, path: string, input: unknown): Promise<boolean> {
  try {
    await procedureOf(caller, path)(input);
    return true;
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    return !isRefusal(error.code);
  }
}

/** The decision the router makes for one procedure, cell by cell. */
async function observe(path: string): Promise<Decision> {
  const definition = procedures[path]?._def;
  const takesInput = (definition?.inputs.length ?? 0) > 0;
  const cells = whoAll.flatMap((who) =>
    // Nobody signed in has no school; a procedure without input has no place to point at.
    (who === "signedOut" || !takesInput ? (["o"] as const) : whereLetters).map((where) => ({
      who,
      where,
    })),
  );
  const answer = ({ who, where }: (typeof cells)[number]) =>
    passes(callers[who], path, inputs[where](path));
  // Reads change nothing, so their cells run side by side; writes run one after another, in
  // order, so each run of the test sees the same rows.
  const passed: boolean[] = [];
  if (definition?.type === "query") passed.push(...(await Promise.all(cells.map(answer))));
  else for (const cell of cells) passed.push(await answer(cell));
  const decision: Decision = {};
  for (const who of whoAll) {
    let letters = cells
      .flatMap((cell, index) => (cell.who === who && passed[index] ? [cell.where] : []))
      .join("");
    if (letters === "o" && !takesInput && who !== "signedOut") letters = "osd";
    if (letters) decision[who] = letters as Decision[Who];
  }
  return decision;
}

describe("access matrix", () => {
  it("finds sample rows in each place", () => {
    for (const where of whereLetters) expect(inputs[where]("actionPlan.byId")).toBeTruthy();
  });

  it("every procedure of the router has a decision, and every decision a procedure", () => {
    expect(paths.filter((path) => !(path in accessDecisions))).toEqual([]);
    expect(Object.keys(accessDecisions).filter((path) => !(path in procedures))).toEqual([]);
  });

  it.each(paths)("%s", async (path) => {
    const seen = await observe(path);
    recorded[path] = seen;
    expect(seen).toEqual(accessDecisions[path] ?? "no decision yet");
  });
});
