import type { Transaction } from "@throughline/db/client";
import { programExists } from "@throughline/db/queries/framework/programs";
import { fieldProblem } from "../../field-problem.ts";

/**
 * An indicator or credential may belong to one of the district's open programs (null: to all of
 * them). Another district's program or an archived one is refused on `programId`, before the
 * database would answer with a 500. A row already in a program that was archived since may keep
 * it: `currentProgramId` is asked only then, so the usual save costs no extra statement.
 */
export async function checkProgramChoice(
  tx: Transaction,
  programId: string | null,
  path: (string | number)[],
  currentProgramId?: () => Promise<string | null>,
): Promise<void> {
  if (programId === null) return;
  if (await programExists(tx, { programId, openOnly: true })) return;
  if (currentProgramId && (await currentProgramId()) === programId) return;
  throw fieldProblem([...path, "programId"], "Choose one of the district's open programs");
}
