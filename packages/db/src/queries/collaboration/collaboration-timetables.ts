import { and, asc, eq, inArray } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { bellPeriod, school, teachingSlot } from "../../schema/index.ts";

/* A school's bell schedule and its teachers' teaching timetables, as weekly minutes. */

interface WeeklyRow {
  weekday: number;
  startMinute: number;
  endMinute: number;
}

/** The schools the viewer may plan: every school for district staff, else the given ones. */
export async function plannableSchools(
  tx: Transaction,
  params: { districtWide: boolean; schoolIds: string[] },
): Promise<{ id: string; name: string }[]> {
  if (!params.districtWide && params.schoolIds.length === 0) return [];
  return tx
    .select({ id: school.id, name: school.name })
    .from(school)
    .where(params.districtWide ? undefined : inArray(school.id, params.schoolIds))
    .orderBy(asc(school.name));
}

export function bellPeriodsOf(tx: Transaction, params: { schoolId: string }) {
  return tx
    .select({
      id: bellPeriod.id,
      weekday: bellPeriod.weekday,
      name: bellPeriod.name,
      startMinute: bellPeriod.startMinute,
      endMinute: bellPeriod.endMinute,
    })
    .from(bellPeriod)
    .where(eq(bellPeriod.schoolId, params.schoolId))
    .orderBy(asc(bellPeriod.weekday), asc(bellPeriod.startMinute));
}

/** Replaces the school's whole bell schedule with `periods`. */
export async function replaceBellPeriods(
  tx: Transaction,
  params: { districtId: string; schoolId: string; periods: (WeeklyRow & { name: string })[] },
) {
  await tx.delete(bellPeriod).where(eq(bellPeriod.schoolId, params.schoolId));
  if (params.periods.length === 0) return;
  await tx.insert(bellPeriod).values(
    params.periods.map((period) => ({
      ...period,
      districtId: params.districtId,
      schoolId: params.schoolId,
    })),
  );
}

/** Teaching slots at the school, of the given people only when `personIds` is set. */
export async function teachingSlotsOf(
  tx: Transaction,
  params: { schoolId: string; personIds?: string[] },
) {
  if (params.personIds?.length === 0) return [];
  return tx
    .select({
      id: teachingSlot.id,
      personId: teachingSlot.personId,
      weekday: teachingSlot.weekday,
      startMinute: teachingSlot.startMinute,
      endMinute: teachingSlot.endMinute,
      label: teachingSlot.label,
      source: teachingSlot.source,
    })
    .from(teachingSlot)
    .where(
      and(
        eq(teachingSlot.schoolId, params.schoolId),
        params.personIds ? inArray(teachingSlot.personId, params.personIds) : undefined,
      ),
    )
    .orderBy(asc(teachingSlot.weekday), asc(teachingSlot.startMinute));
}

/** Replaces a teacher's hand-entered slots at the school; slots from the roster stay. */
export async function replaceManualSlots(
  tx: Transaction,
  params: {
    districtId: string;
    schoolId: string;
    personId: string;
    slots: (WeeklyRow & { label: string })[];
  },
) {
  await tx
    .delete(teachingSlot)
    .where(
      and(
        eq(teachingSlot.schoolId, params.schoolId),
        eq(teachingSlot.personId, params.personId),
        eq(teachingSlot.source, "manual"),
      ),
    );
  if (params.slots.length === 0) return;
  await tx.insert(teachingSlot).values(
    params.slots.map((slot) => ({
      ...slot,
      districtId: params.districtId,
      schoolId: params.schoolId,
      personId: params.personId,
      source: "manual" as const,
    })),
  );
}
