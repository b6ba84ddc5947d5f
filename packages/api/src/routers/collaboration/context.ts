import {
  findTeam,
  schoolTeamsWithMembers,
} from "@throughline/db/queries/collaboration/collaboration-teams";
import {
  bellPeriodsOf,
  teachingSlotsOf,
} from "@throughline/db/queries/collaboration/collaboration-timetables";
import type { MemberTimetable, Weekday, WeeklySpan } from "@throughline/domain/rules/common-time";
import { schoolDayFrom } from "@throughline/domain/rules/weekly-time";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { schoolInScope } from "../../school-scope.ts";
import type { TenantScope } from "../../session.ts";

/*
 * What the finder and the conflict check need to know about a team: its school (checked to be
 * the viewer's), its members, their classes and the school day from the bell schedule.
 */

interface WeeklyRow {
  weekday: number;
  startMinute: number;
  endMinute: number;
}

/** A stored row as a weekly span; weekdays are kept to 1–7 by every input schema. */
export function asSpan(row: WeeklyRow): WeeklySpan {
  return { weekday: row.weekday as Weekday, start: row.startMinute, end: row.endMinute };
}

/**
 * The school, if the viewer may plan it (district admins any, principals their own); the shared
 * check's refusal is reworded, since it speaks of walkthroughs.
 */
export async function plannableSchool(ctx: TenantScope, schoolId: string) {
  try {
    return await schoolInScope(ctx, schoolId);
  } catch (error) {
    if (error instanceof TRPCError && error.code === "FORBIDDEN") {
      throw new TRPCError({
        code: "FORBIDDEN",
        message: "You can plan collaboration time for the schools you lead only.",
      });
    }
    throw error;
  }
}

export async function schoolDayOf(ctx: TenantScope, schoolId: string): Promise<WeeklySpan[]> {
  return schoolDayFrom((await bellPeriodsOf(ctx.tx, { schoolId })).map(asSpan));
}

export function timetablesOf(
  personIds: readonly string[],
  slots: readonly (WeeklyRow & { personId: string })[],
): MemberTimetable[] {
  return personIds.map((personId) => ({
    personId,
    busy: slots.filter((slot) => slot.personId === personId).map(asSpan),
  }));
}

export async function teamPlan(ctx: TenantScope, teamId: string) {
  const team = await findTeam(ctx.tx, { teamId });
  if (!team) throw new TRPCError({ code: "NOT_FOUND", message: "This team was not found." });
  await plannableSchool(ctx, team.schoolId);
  const teams = await schoolTeamsWithMembers(ctx.tx, { schoolId: team.schoolId });
  const members = teams.find((entry) => entry.id === team.id)?.members ?? [];
  const [slots, schoolDay] = await Promise.all([
    teachingSlotsOf(ctx.tx, {
      schoolId: team.schoolId,
      personIds: members.map((member) => member.personId),
    }),
    schoolDayOf(ctx, team.schoolId),
  ]);
  return { team, members, slots, schoolDay };
}

/**
 * A BAD_REQUEST listing several problems under one field, one issue each, so the page can show
 * every clash or warning as its own line.
 */
export function problemsAt(path: string, messages: string[]): TRPCError {
  const failed = z
    .unknown()
    .superRefine((_, ctx) => {
      for (const message of messages) ctx.addIssue({ code: "custom", path: [path], message });
    })
    .safeParse(null);
  return new TRPCError({ code: "BAD_REQUEST", message: messages.join("; "), cause: failed.error });
}
