import { and, desc, eq, gt, ne } from "drizzle-orm";
import type { Transaction } from "../client.ts";
import { session } from "../schema/index.ts";

/*
 * A person's own signed-in devices: Better Auth's session rows, read and removed by id. The
 * token column is never selected here: a token is the key to a session, and what leaves this
 * module reaches a browser.
 */

export interface SignedInDevice {
  id: string;
  ipAddress: string | null;
  userAgent: string | null;
  signedInAt: Date;
  lastActiveAt: Date;
}

/** The user's sessions that have not expired, most recently active first. */
export async function listUserSessions(
  tx: Transaction,
  params: { userId: string; now: Date },
): Promise<SignedInDevice[]> {
  return tx
    .select({
      id: session.id,
      ipAddress: session.ipAddress,
      userAgent: session.userAgent,
      signedInAt: session.createdAt,
      lastActiveAt: session.updatedAt,
    })
    .from(session)
    .where(and(eq(session.userId, params.userId), gt(session.expiresAt, params.now)))
    .orderBy(desc(session.updatedAt), desc(session.id));
}

/** Ends one of the user's own sessions; false when no such session of theirs exists. */
export async function revokeUserSession(
  tx: Transaction,
  params: { userId: string; sessionId: string },
): Promise<boolean> {
  const removed = await tx
    .delete(session)
    .where(and(eq(session.id, params.sessionId), eq(session.userId, params.userId)))
    .returning({ id: session.id });
  return removed.length > 0;
}

/** Ends every session of the user but `keepSessionId` (the device asking). */
export async function revokeOtherUserSessions(
  tx: Transaction,
  params: { userId: string; keepSessionId: string },
): Promise<number> {
  const removed = await tx
    .delete(session)
    .where(and(eq(session.userId, params.userId), ne(session.id, params.keepSessionId)))
    .returning({ id: session.id });
  return removed.length;
}
