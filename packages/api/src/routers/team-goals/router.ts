import type { TeamRelation } from "@throughline/db/queries/meetings/meeting-access";
import { listAdminSchools } from "@throughline/db/queries/people/people-admin-schools";
import { goalOptions } from "@throughline/db/queries/team-goals/goal-options";
import { teamGoalStatuses } from "@throughline/db/queries/team-goals/goal-statuses";
import {
  findCheckpointOwner,
  findGoalOwner,
  findMeetingTeam,
} from "@throughline/db/queries/team-goals/team-goal-owners";
import { goalsOfTeams, teamsWithGoalsOf } from "@throughline/db/queries/team-goals/team-goal-reads";
import {
  createTeamGoal,
  recordCheckpoint,
  updateTeamGoal,
} from "@throughline/db/queries/team-goals/team-goal-writes";
import { measureFromClassResults } from "@throughline/domain/rules/class-results";
import {
  createTeamGoalInputSchema,
  goalListFilterSchema,
  recordCheckpointInputSchema,
  type TeamGoal,
  teamGoalsForMeetingInputSchema,
  teamGoalsForTeamInputSchema,
  updateTeamGoalInputSchema,
} from "@throughline/domain/team-goal";
import { TRPCError } from "@trpc/server";
import { fieldProblem } from "../../field-problem.ts";
import { schoolInScope } from "../../school-scope.ts";
import { adminProcedure, authedProcedure, coachProcedure, createRouter } from "../../trpc.ts";
import { readClassResultsCsv } from "./class-results-csv.ts";
import { withCommitments } from "./goal-commitments.ts";
import { requireTeamGoalWriter, requireTeamReader } from "./guard.ts";

/**
 * What each relation reads of a goal: the team (facilitator, coaches, members) everything; a
 * principal where it stands, without the student work and the notes the team keeps for itself.
 */
function goalsAsSeenBy(relation: TeamRelation, goals: TeamGoal[]): TeamGoal[] {
  if (relation !== "principal") return goals;
  return goals.map((goal) => ({
    ...goal,
    checkpoints: goal.checkpoints.map((checkpoint) => ({
      ...checkpoint,
      note: "",
      workSamples: [],
    })),
  }));
}

const noSuchGoal = () => new TRPCError({ code: "NOT_FOUND", message: "There is no such goal." });

/** A team's goals on student learning: set by its facilitator or coach, read by the team. */
export const teamGoalsRouter = createRouter({
  /** The team's goals with their checkpoints and where they stand. */
  forTeam: authedProcedure.input(teamGoalsForTeamInputSchema).query(async ({ ctx, input }) => {
    const relation = await requireTeamReader(ctx, input.teamId);
    const goals = await goalsOfTeams(ctx.tx, { teamIds: [input.teamId] });
    return {
      relation,
      canEdit: relation === "facilitator" || relation === "coach",
      goals: await withCommitments(ctx, goalsAsSeenBy(relation, goals)),
    };
  }),

  /** The goals of every team the viewer is a member or the facilitator of, for their team page. */
  mine: authedProcedure.query(async ({ ctx }) => {
    const teams = await teamsWithGoalsOf(ctx.tx, { personId: ctx.personId });
    const goals = await withCommitments(
      ctx,
      await goalsOfTeams(ctx.tx, { teamIds: teams.map((row) => row.id) }),
    );
    return teams.map((row) => ({
      teamId: row.id,
      teamName: row.name,
      goals: goals.filter((goal) => goal.teamId === row.id),
    }));
  }),

  /** The goals of a meeting's team, for its agenda and the "Looking at student work" step. */
  forMeeting: authedProcedure
    .input(teamGoalsForMeetingInputSchema)
    .query(async ({ ctx, input }) => {
      const meeting = await findMeetingTeam(ctx.tx, input);
      if (!meeting)
        throw new TRPCError({ code: "NOT_FOUND", message: "There is no such meeting." });
      const relation = await requireTeamReader(ctx, meeting.teamId);
      const goals = await goalsOfTeams(ctx.tx, { teamIds: [meeting.teamId] });
      return withCommitments(ctx, goalsAsSeenBy(relation, goals));
    }),

  /** The district's indicators and sessions a goal can name. */
  options: coachProcedure.query(({ ctx }) => goalOptions(ctx.tx)),

  create: coachProcedure.input(createTeamGoalInputSchema).mutation(async ({ ctx, input }) => {
    await requireTeamGoalWriter(ctx, input.teamId);
    const goalId = await createTeamGoal(ctx.tx, {
      districtId: ctx.districtId,
      teamId: input.teamId,
      createdById: ctx.personId,
      goal: input.goal,
    });
    return { goalId };
  }),

  update: coachProcedure.input(updateTeamGoalInputSchema).mutation(async ({ ctx, input }) => {
    const owner = await findGoalOwner(ctx.tx, input);
    if (!owner) throw noSuchGoal();
    await requireTeamGoalWriter(ctx, owner.teamId);
    await updateTeamGoal(ctx.tx, {
      districtId: ctx.districtId,
      goalId: owner.goalId,
      goal: input.goal,
    });
    return { goalId: owner.goalId };
  }),

  /** The measure at a checkpoint: one number, or a CSV of per-class results (no student names). */
  recordCheckpoint: coachProcedure
    .input(recordCheckpointInputSchema)
    .mutation(async ({ ctx, input }) => {
      const owner = await findCheckpointOwner(ctx.tx, input);
      if (!owner) throw noSuchGoal();
      await requireTeamGoalWriter(ctx, owner.teamId);
      const measure = input.measure;
      if (measure.kind === "value" && owner.unit === "percent" && measure.value > 100) {
        throw fieldProblem(["measure", "value"], "A percentage is at most 100");
      }
      const classResults =
        measure.kind === "csv" ? await readClassResultsCsv(owner.unit, measure.csv) : null;
      const measureValue =
        measure.kind === "value"
          ? measure.value
          : measureFromClassResults(owner.unit, classResults ?? []);
      if (measureValue === null) {
        throw fieldProblem(
          ["measure", "csv"],
          "No students sat it in these classes: there is no measure to record.",
        );
      }
      await recordCheckpoint(ctx.tx, {
        checkpointId: owner.checkpointId,
        measureValue,
        classResults,
        note: input.note,
        recordedById: ctx.personId,
        now: new Date(),
      });
      return { measureValue };
    }),

  /**
   * Every team's goals, on track or off, for a principal's schools or the whole district; with
   * the schools they may filter by.
   */
  overview: adminProcedure.input(goalListFilterSchema).query(async ({ ctx, input }) => {
    if (input.schoolId) {
      await schoolInScope(
        ctx,
        input.schoolId,
        "You can see team goals of the schools you lead only.",
      );
    }
    const reach = ctx.scope.schools;
    const schoolIds = input.schoolId ? [input.schoolId] : reach === "all" ? null : reach;
    const [schools, goals] = [
      await listAdminSchools(ctx.tx, { scope: reach }),
      await teamGoalStatuses(ctx.tx, { schoolIds }),
    ];
    return { schools: schools.map(({ id, name }) => ({ id, name })), goals };
  }),
});
