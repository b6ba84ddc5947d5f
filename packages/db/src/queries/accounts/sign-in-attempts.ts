import type { SignInThrottleFacts } from "@throughline/domain/rules/sign-in-throttle";
import { and, asc, eq, gt, lt } from "drizzle-orm";
import type { Database } from "../../client.ts";
import { signInAttempt } from "../../schema/index.ts";

/*
 * Password sign-in attempts, kept in the database so every server process counts the same
 * attempts. Global, like the sign-in itself: the district is not known yet. Runs on the
 * auth connection, outside any tenant transaction.
 */

/** What the throttling rule needs: the account's attempts and the address's failures since `since`. */
export async function signInThrottleFacts(
  db: Database,
  params: { email: string; clientAddress: string | null; since: Date },
): Promise<SignInThrottleFacts> {
  const [accountAttempts, addressFailures] = await Promise.all([
    db
      .select({ at: signInAttempt.createdAt, succeeded: signInAttempt.succeeded })
      .from(signInAttempt)
      .where(and(eq(signInAttempt.email, params.email), gt(signInAttempt.createdAt, params.since)))
      .orderBy(asc(signInAttempt.createdAt)),
    params.clientAddress === null
      ? Promise.resolve([])
      : db
          .select({ at: signInAttempt.createdAt })
          .from(signInAttempt)
          .where(
            and(
              eq(signInAttempt.clientAddress, params.clientAddress),
              eq(signInAttempt.succeeded, false),
              gt(signInAttempt.createdAt, params.since),
            ),
          ),
  ]);
  return { accountAttempts, addressFailures: addressFailures.map((row) => row.at) };
}

export async function recordSignInAttempt(
  db: Database,
  params: { email: string; clientAddress: string | null; succeeded: boolean; at: Date },
): Promise<void> {
  await db.insert(signInAttempt).values({
    email: params.email,
    clientAddress: params.clientAddress,
    succeeded: params.succeeded,
    createdAt: params.at,
  });
}

/** Attempts older than any window are no longer needed; the worker clears them now and then. */
export async function pruneSignInAttempts(db: Database, params: { before: Date }): Promise<number> {
  const removed = await db
    .delete(signInAttempt)
    .where(lt(signInAttempt.createdAt, params.before))
    .returning({ id: signInAttempt.id });
  return removed.length;
}
