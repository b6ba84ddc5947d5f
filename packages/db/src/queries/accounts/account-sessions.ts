import { sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";

/*
 * A person's own signed-in devices. Better Auth's session table is private to the auth layer
 * (the application role cannot read it: it holds the tokens), so these go through the narrow
 * functions of the auth_tables_private migration, which return no token.
 */

export interface SignedInDevice {
  id: string;
  ipAddress: string | null;
  userAgent: string | null;
  signedInAt: Date;
  lastActiveAt: Date;
}

const toDate = (value: unknown) => new Date(value as string | Date);

/** The user's sessions that have not expired, most recently active first. */
export async function listUserSessions(
  tx: Transaction,
  params: { userId: string; now: Date },
): Promise<SignedInDevice[]> {
  return tx
    .select({
      id: sql<string>`id`,
      ipAddress: sql<string | null>`ip_address`,
      userAgent: sql<string | null>`user_agent`,
      signedInAt: sql`signed_in_at`.mapWith(toDate),
      lastActiveAt: sql`last_active_at`.mapWith(toDate),
    })
    .from(sql`signed_in_devices(${params.userId}, ${params.now.toISOString()}::timestamptz)`)
    .orderBy(sql`last_active_at desc, id desc`);
}

/** Ends one of the user's own sessions; false when no such session of theirs exists. */
export async function revokeUserSession(
  tx: Transaction,
  params: { userId: string; sessionId: string },
): Promise<boolean> {
  const [row] = await tx
    .select({ removed: sql<boolean>`removed` })
    .from(sql`sign_out_device(${params.userId}, ${params.sessionId}) as removed`);
  return row?.removed === true;
}

/** Ends every session of the user but `keepSessionId` (the device asking). */
export async function revokeOtherUserSessions(
  tx: Transaction,
  params: { userId: string; keepSessionId: string },
): Promise<number> {
  const [row] = await tx
    .select({ removed: sql<number>`removed`.mapWith(Number) })
    .from(sql`sign_out_other_devices(${params.userId}, ${params.keepSessionId}) as removed`);
  return row?.removed ?? 0;
}
