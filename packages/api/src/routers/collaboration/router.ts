import {
  deleteBlock,
  findBlock,
  insertBlock,
  schoolBlocks,
} from "@throughline/db/queries/collaboration/collaboration-blocks";
import { schoolTeamsWithMembers } from "@throughline/db/queries/collaboration/collaboration-teams";
import {
  bellPeriodsOf,
  plannableSchools,
  replaceBellPeriods,
  replaceManualSlots,
  teachingSlotsOf,
} from "@throughline/db/queries/collaboration/collaboration-timetables";
import { schoolTeachers } from "@throughline/db/queries/observations/walkthroughs";
import {
  createBlockInputSchema,
  deleteBlockInputSchema,
  findTimeInputSchema,
  saveBellScheduleInputSchema,
  saveTimetableInputSchema,
  schoolInputSchema,
  timetableInputSchema,
} from "@throughline/domain/collaboration";
import { blockConflicts } from "@throughline/domain/rules/block-conflicts";
import { findCommonTime, freeCountsBySlot } from "@throughline/domain/rules/common-time";
import { weeklyRowsForAudit } from "@throughline/domain/rules/weekly-rows-audit";
import { describeSpan } from "@throughline/domain/rules/weekly-time";
import { TRPCError } from "@trpc/server";
import { auditDifference } from "../../audited.ts";
import { fieldProblem } from "../../field-problem.ts";
import { adminProcedure, createRouter } from "../../trpc.ts";
import {
  asSpan,
  plannableSchool,
  problemsAt,
  schoolDayOf,
  teamPlan,
  timetablesOf,
} from "./context.ts";

/** The heatmap's resolution: a quarter of an hour, fine enough for any bell schedule. */
const SLOT_MINUTES = 15;

/**
 * Collaboration time: a school's week, the common-time finder and the protected blocks a
 * principal schedules. Principals plan their own schools; district admins any school.
 */
export const collaborationRouter = createRouter({
  /** The schools the viewer may plan. */
  schools: adminProcedure.query(({ ctx }) =>
    plannableSchools(ctx.tx, {
      districtWide: ctx.scope.districtAdmin,
      schoolIds: ctx.scope.schools === "all" ? [] : [...ctx.scope.schools],
    }),
  ),

  /** The school's week: the day per weekday, its blocks and how many teachers are free when. */
  week: adminProcedure.input(schoolInputSchema).query(async ({ ctx, input }) => {
    const school = await plannableSchool(ctx, input.schoolId);
    const [schoolDay, blocks, teachers, slots] = await Promise.all([
      schoolDayOf(ctx, school.id),
      schoolBlocks(ctx.tx, { schoolId: school.id }),
      schoolTeachers(ctx.tx, { schoolId: school.id }),
      teachingSlotsOf(ctx.tx, { schoolId: school.id }),
    ]);
    const members = timetablesOf(
      teachers.map((teacher) => teacher.id),
      slots,
    );
    return {
      school,
      days: schoolDay,
      slotMinutes: SLOT_MINUTES,
      teacherCount: teachers.length,
      freeCounts: freeCountsBySlot(members, schoolDay, SLOT_MINUTES),
      blocks: blocks.map(({ memberIds: _members, ...block }) => ({
        ...block,
        label: describeSpan(asSpan(block)),
      })),
    };
  }),

  /** The school's teams with their members. */
  teams: adminProcedure.input(schoolInputSchema).query(async ({ ctx, input }) => {
    await plannableSchool(ctx, input.schoolId);
    return schoolTeamsWithMembers(ctx.tx, input);
  }),

  /** Ranked weekly windows in which the team (or all but one) is free. */
  findTime: adminProcedure.input(findTimeInputSchema).query(async ({ ctx, input }) => {
    const { team, members, slots, schoolDay } = await teamPlan(ctx, input.teamId);
    const nameOf = new Map(members.map((member) => [member.personId, member.name]));
    const windows = findCommonTime({
      members: timetablesOf(
        members.map((member) => member.personId),
        slots,
      ),
      schoolDay,
      minMinutes: input.minMinutes,
      tolerance: input.tolerance,
    });
    return {
      team: { id: team.id, name: team.name, memberCount: members.length },
      hasBellSchedule: schoolDay.length > 0,
      windows: windows.map((window) => ({
        weekday: window.weekday,
        startMinute: window.start,
        endMinute: window.end,
        minutes: window.minutes,
        label: describeSpan(window),
        freeNames: window.freeIds.map((id) => nameOf.get(id) ?? ""),
        missing: window.missingId
          ? { personId: window.missingId, name: nameOf.get(window.missingId) ?? "" }
          : null,
      })),
    };
  }),

  /**
   * Protects a weekly block for the team. Clashes (a member already in a block then, a time
   * outside the school day) refuse it; classes it falls over need `override: true`.
   */
  createBlock: adminProcedure.input(createBlockInputSchema).mutation(async ({ ctx, input }) => {
    const { team, members, slots, schoolDay } = await teamPlan(ctx, input.teamId);
    const block = asSpan(input);
    const { clashes, warnings } = blockConflicts({
      block,
      members,
      otherBlocks: (await schoolBlocks(ctx.tx, { schoolId: team.schoolId })).map((other) => ({
        ...asSpan(other),
        id: other.id,
        teamName: other.teamName,
        memberIds: other.memberIds,
      })),
      classes: slots.map((slot) => ({
        ...asSpan(slot),
        personId: slot.personId,
        label: slot.label,
      })),
      schoolDay,
    });
    if (clashes.length > 0) throw problemsAt("startMinute", clashes);
    if (warnings.length > 0 && !input.override) throw problemsAt("override", warnings);
    const saved = await insertBlock(ctx.tx, {
      districtId: ctx.districtId,
      teamId: team.id,
      weekday: input.weekday,
      startMinute: input.startMinute,
      endMinute: input.endMinute,
      createdById: ctx.personId,
      overrodeWarnings: warnings.length > 0,
      note: input.note ?? null,
    });
    return { id: saved.id, label: describeSpan(block), overrodeWarnings: warnings.length > 0 };
  }),

  deleteBlock: adminProcedure.input(deleteBlockInputSchema).mutation(async ({ ctx, input }) => {
    const found = await findBlock(ctx.tx, input);
    if (!found) throw new TRPCError({ code: "NOT_FOUND", message: "This block was not found." });
    await plannableSchool(ctx, found.schoolId);
    await deleteBlock(ctx.tx, input);
    return { id: found.id };
  }),

  bellSchedule: adminProcedure.input(schoolInputSchema).query(async ({ ctx, input }) => {
    const school = await plannableSchool(ctx, input.schoolId);
    return { school, periods: await bellPeriodsOf(ctx.tx, input) };
  }),

  saveBellSchedule: adminProcedure
    .input(saveBellScheduleInputSchema)
    .mutation(async ({ ctx, input }) => {
      await plannableSchool(ctx, input.schoolId);
      const before = await bellPeriodsOf(ctx.tx, input);
      await replaceBellPeriods(ctx.tx, { districtId: ctx.districtId, ...input });
      await auditDifference(
        ctx,
        { kind: "school", id: input.schoolId, schoolId: input.schoolId },
        "school.bell_schedule_changed",
        { periods: weeklyRowsForAudit(before) },
        { periods: weeklyRowsForAudit(input.periods) },
      );
      return { saved: input.periods.length };
    }),

  /** The school's active teachers, whose timetables can be edited. */
  teachers: adminProcedure.input(schoolInputSchema).query(async ({ ctx, input }) => {
    await plannableSchool(ctx, input.schoolId);
    return schoolTeachers(ctx.tx, input);
  }),

  /** A teacher's week at the school, hand-entered and from the roster. */
  timetable: adminProcedure.input(timetableInputSchema).query(async ({ ctx, input }) => {
    const school = await plannableSchool(ctx, input.schoolId);
    const teachers = await schoolTeachers(ctx.tx, input);
    const teacher = teachers.find((entry) => entry.id === input.personId);
    if (!teacher) throw fieldProblem(["personId"], "This person does not teach at this school");
    const slots = await teachingSlotsOf(ctx.tx, { ...input, personIds: [input.personId] });
    return { school, teacher, slots };
  }),

  saveTimetable: adminProcedure.input(saveTimetableInputSchema).mutation(async ({ ctx, input }) => {
    await plannableSchool(ctx, input.schoolId);
    const teachers = await schoolTeachers(ctx.tx, input);
    if (!teachers.some((entry) => entry.id === input.personId)) {
      throw fieldProblem(["personId"], "This person does not teach at this school");
    }
    const byHand = (
      slots: { weekday: number; startMinute: number; endMinute: number; label: string }[],
    ) => weeklyRowsForAudit(slots.map((slot) => ({ ...slot, name: slot.label })));
    const before = await teachingSlotsOf(ctx.tx, { ...input, personIds: [input.personId] });
    await replaceManualSlots(ctx.tx, { districtId: ctx.districtId, ...input });
    await auditDifference(
      ctx,
      { kind: "person", id: input.personId, schoolId: input.schoolId },
      "person.timetable_changed",
      { classes: byHand(before.filter((slot) => slot.source === "manual")) },
      { classes: byHand(input.slots) },
    );
    return { saved: input.slots.length };
  }),
});
