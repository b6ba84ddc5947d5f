import { and, gt, inArray, isNull, type SQL } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { personInvite } from "../../schema/index.ts";

/*
 * What every kind of invitation (a link shown to an admin, an emailed one, its reminder) shares:
 * which invitations still stand, and how a new one replaces the person's earlier ones.
 */

/** Invitations neither used nor revoked; spread into the query's `and(...)`. */
export function openInvite(): SQL[] {
  return [isNull(personInvite.usedAt), isNull(personInvite.revokedAt)];
}

/** Open invitations that have not expired at `now`: those that still let someone sign up. */
export function usableInvite(now: Date): SQL[] {
  return [...openInvite(), gt(personInvite.expiresAt, now)];
}

/** A new invitation row, without the district and the admin who made it. */
interface NewInvite {
  personId: string;
  tokenHash: string;
  expiresAt: Date;
  emailedAt?: Date;
  remindedAt?: Date | null;
}

/** New invitations for these people; any earlier one of theirs that still works stops. */
export async function replaceInvites(
  tx: Transaction,
  params: { districtId: string; createdById: string; rows: readonly NewInvite[]; now: Date },
): Promise<void> {
  if (params.rows.length === 0) return;
  await tx
    .update(personInvite)
    .set({ revokedAt: params.now })
    .where(
      and(
        inArray(
          personInvite.personId,
          params.rows.map((row) => row.personId),
        ),
        ...openInvite(),
      ),
    );
  await tx.insert(personInvite).values(
    params.rows.map((row) => ({
      districtId: params.districtId,
      personId: row.personId,
      createdById: params.createdById,
      tokenHash: row.tokenHash,
      expiresAt: row.expiresAt,
      emailedAt: row.emailedAt,
      remindedAt: row.remindedAt,
    })),
  );
}
