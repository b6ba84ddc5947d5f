import { setImmediate as nextTurn } from "node:timers/promises";
import type { PlannedRole, RosterPlan } from "@throughline/domain/oneroster/planner";
import { and, eq, inArray, isNotNull, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { person, roleMembership, school, teachingSlot } from "../../schema/index.ts";

/**
 * Rows per statement: few enough that one statement on the embedded database (which runs on
 * this process's one thread) takes a few tens of milliseconds, and far below the protocol's
 * 65,535 parameters.
 */
const BATCH = 250;

/**
 * Lets other requests run between statements. The embedded database answers without ever
 * waiting on a socket, so without this a 20,000-row import would hold the event loop from its
 * first statement to its last: no page, no progress poll, for seconds.
 */
const othersTurn = () => nextTurn();

function batches<T>(rows: readonly T[]): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < rows.length; start += BATCH) {
    chunks.push(rows.slice(start, start + BATCH));
  }
  return chunks;
}

/**
 * Called after each statement with the plan rows written so far; awaited, so a progress write
 * made elsewhere is finished before the next statement.
 */
export type ApplyProgress = (rowsDone: number) => void | Promise<void>;

/**
 * Writes a roster plan inside the caller's transaction, in multi-row statements so a roster of
 * 20,000 people takes a few dozen round trips rather than tens of thousands.
 */
export async function applyRosterPlan(
  tx: Transaction,
  params: { districtId: string; plan: RosterPlan; onProgress?: ApplyProgress },
): Promise<void> {
  const { districtId, plan } = params;
  let done = 0;
  const advance = async (rows: number) => {
    done += rows;
    await params.onProgress?.(done);
    await othersTurn();
  };

  for (const chunk of batches(plan.createSchools)) {
    await tx.insert(school).values(chunk.map((row) => ({ districtId, ...row })));
    await advance(chunk.length);
  }
  // Few schools: one statement each is clear and still quick.
  for (const row of plan.updateSchools) {
    await tx
      .update(school)
      .set({ name: row.name, sourcedId: row.sourcedId })
      .where(eq(school.id, row.id));
    await advance(1);
  }

  const schoolIds = new Map(
    (
      await tx
        .select({ id: school.id, sourcedId: school.sourcedId })
        .from(school)
        .where(isNotNull(school.sourcedId))
    ).map((row) => [row.sourcedId, row.id]),
  );
  const membership = (personId: string, planned: PlannedRole) => {
    const schoolId = planned.schoolSourcedId ? schoolIds.get(planned.schoolSourcedId) : null;
    if (schoolId === undefined) {
      throw new Error(`The plan names school ${planned.schoolSourcedId}, which is not there.`);
    }
    return { districtId, personId, role: planned.role, schoolId };
  };

  const newRoles: ReturnType<typeof membership>[] = [];
  for (const chunk of batches(plan.createPeople)) {
    const created = await tx
      .insert(person)
      .values(
        chunk.map((row) => ({
          districtId,
          sourcedId: row.sourcedId,
          displayName: row.displayName,
          email: row.email,
          active: true,
        })),
      )
      .returning({ id: person.id, sourcedId: person.sourcedId });
    const idOf = new Map(created.map((row) => [row.sourcedId, row.id]));
    for (const row of chunk) {
      const id = idOf.get(row.sourcedId);
      if (!id) throw new Error(`Person ${row.sourcedId} was not created.`);
      newRoles.push(...row.roles.map((planned) => membership(id, planned)));
    }
    await advance(chunk.length);
  }

  const removeRoleIds: string[] = [];
  for (const chunk of batches(plan.changePeople)) {
    // One update for the whole chunk: the new values joined in from a VALUES list.
    const values = sql.join(
      chunk.map(
        (row) =>
          sql`(${row.id}::uuid, ${row.displayName}::text, ${row.email}::text, ${row.active}::boolean, ${row.sourcedId ?? null}::text)`,
      ),
      sql`, `,
    );
    await tx.execute(sql`
      update ${person} set
        display_name = changed.display_name,
        email = changed.email,
        active = changed.active,
        -- Set only when a person added by hand is linked to their roster row by email.
        sourced_id = coalesce(changed.sourced_id, ${person.sourcedId}),
        updated_at = now()
      from (values ${values}) as changed(id, display_name, email, active, sourced_id)
      where ${person.districtId} = ${districtId} and ${person.id} = changed.id`);
    for (const row of chunk) {
      newRoles.push(...row.addRoles.map((planned) => membership(row.id, planned)));
      removeRoleIds.push(...row.removeRoleIds);
    }
    await advance(chunk.length);
  }

  for (const chunk of batches(removeRoleIds)) {
    await tx
      .delete(roleMembership)
      .where(and(eq(roleMembership.districtId, districtId), inArray(roleMembership.id, chunk)));
    await othersTurn();
  }
  for (const chunk of batches(newRoles)) {
    await tx.insert(roleMembership).values(chunk);
    await othersTurn();
  }

  await applyTimetableChanges(tx, { districtId, plan, advance });
}

/** Roster teaching slots: removed by id (roster ones only), created for people now there. */
async function applyTimetableChanges(
  tx: Transaction,
  params: { districtId: string; plan: RosterPlan; advance: (rows: number) => Promise<void> },
) {
  const { districtId, plan, advance } = params;
  for (const chunk of batches(plan.timetable.removeSlotIds)) {
    await tx
      .delete(teachingSlot)
      .where(
        and(
          eq(teachingSlot.districtId, districtId),
          eq(teachingSlot.source, "roster"),
          inArray(teachingSlot.id, chunk),
        ),
      );
    await advance(chunk.length);
  }
  const slots = plan.timetable.createSlots;
  if (slots.length === 0) return;
  const wanted = [...new Set(slots.map((slot) => slot.personSourcedId))];
  const personIds = new Map<string, string>();
  for (const chunk of batches(wanted)) {
    const found = await tx
      .select({ id: person.id, sourcedId: person.sourcedId })
      .from(person)
      .where(inArray(person.sourcedId, chunk));
    for (const row of found) if (row.sourcedId) personIds.set(row.sourcedId, row.id);
    await othersTurn();
  }
  for (const chunk of batches(slots)) {
    await tx.insert(teachingSlot).values(
      chunk.map(({ personSourcedId, ...slot }) => {
        const personId = personIds.get(personSourcedId);
        if (!personId)
          throw new Error(`The plan gives slots to ${personSourcedId}, who is not there.`);
        return { ...slot, districtId, personId, source: "roster" as const };
      }),
    );
    await advance(chunk.length);
  }
}
