import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryState } from "@throughline/app-kit/query-state";
import type { TeamGoal, TeamGoalInput } from "@throughline/domain/team-goal";
import type { TeamGoalUnit } from "@throughline/domain/team-goal-measure";
import { Button } from "@throughline/ui/button";
import { Card, CardContent } from "@throughline/ui/card";
import { draftField } from "@throughline/ui/draft-field";
import { fieldError, formError } from "@throughline/ui/field-error";
import { FormAlert } from "@throughline/ui/form-alert";
import { FormField } from "@throughline/ui/form-field";
import { PageHeader } from "@throughline/ui/page-header";
import { SelectField } from "@throughline/ui/select-field";
import { TextAreaField } from "@throughline/ui/text-area-field";
import { ArrowLeft } from "lucide-react";
import { useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { CheckpointDates, ChoiceList } from "./goal-choices.tsx";

interface Draft {
  problem: string;
  measure: string;
  unit: TeamGoalUnit;
  baselineValue: string;
  targetValue: string;
  startsOn: string;
  targetOn: string;
  indicatorIds: string[];
  sessionIds: string[];
  checkpointDates: string[];
}

function draftOf(goal: TeamGoal | undefined): Draft {
  if (!goal) {
    return {
      problem: "",
      measure: "",
      unit: "percent",
      baselineValue: "",
      targetValue: "",
      startsOn: "",
      targetOn: "",
      indicatorIds: [],
      sessionIds: [],
      checkpointDates: [""],
    };
  }
  return {
    problem: goal.problem,
    measure: goal.measure,
    unit: goal.unit,
    baselineValue: String(goal.baselineValue),
    targetValue: String(goal.targetValue),
    startsOn: goal.startsOn,
    targetOn: goal.targetOn,
    indicatorIds: goal.indicators.map((row) => row.id),
    sessionIds: goal.sessions.map((row) => row.id),
    checkpointDates: goal.checkpoints.map((row) => row.plannedOn),
  };
}

/** A blank number field is sent as NaN, so the server says "Enter a number" beside it. */
function inputOf(draft: Draft): TeamGoalInput {
  return {
    ...draft,
    baselineValue: draft.baselineValue === "" ? Number.NaN : Number(draft.baselineValue),
    targetValue: draft.targetValue === "" ? Number.NaN : Number(draft.targetValue),
  };
}

/** A number typed with a decimal keyboard on phones, any precision. */
const decimalInput = { type: "number", inputMode: "decimal", step: "any" } as const;

const fieldPaths = [
  "goal.problem",
  "goal.measure",
  "goal.unit",
  "goal.baselineValue",
  "goal.targetValue",
  "goal.startsOn",
  "goal.targetOn",
  "goal.indicatorIds",
  "goal.sessionIds",
  "goal.checkpointDates",
];

function GoalForm({ teamId, goal }: { teamId: string; goal: TeamGoal | undefined }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const options = useQuery(trpc.teamGoals.options.queryOptions());
  const [draft, setDraft] = useState<Draft>(() => draftOf(goal));
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) =>
    setDraft({ ...draft, [key]: value });
  const done = async () => {
    await queryClient.invalidateQueries({ queryKey: trpc.teamGoals.forTeam.queryKey({ teamId }) });
    await navigate(`/teams/${teamId}`);
  };
  const create = useMutation(trpc.teamGoals.create.mutationOptions({ onSuccess: done }));
  const update = useMutation(trpc.teamGoals.update.mutationOptions({ onSuccess: done }));
  const saving = goal ? update : create;
  const error = saving.error;
  const at = (path: string) => fieldError(error, path);
  const field = draftField({
    draft,
    disabled: false,
    errorOf: (key) => at(`goal.${key}`),
    onChange: (patch) => setDraft({ ...draft, ...patch }),
  });
  const general = formError(
    error,
    error?.data?.fieldErrors
      ?.map((entry) => entry.path)
      .filter((path) => path.startsWith("goal.")) ?? fieldPaths,
  );

  return (
    <form
      noValidate
      className="flex flex-col gap-5"
      onSubmit={(event) => {
        event.preventDefault();
        if (goal) update.mutate({ goalId: goal.id, goal: inputOf(draft) });
        else create.mutate({ teamId, goal: inputOf(draft) });
      }}
    >
      <TextAreaField
        label="The problem the team shares"
        hint="What students find hard, in the team's words."
        {...field("problem")}
      />
      <FormField
        label="Student measure"
        hint='For example "Share of grade-7 students proficient on the common fractions assessment".'
        {...field("measure")}
      />
      <SelectField
        label="Unit"
        value={draft.unit}
        onChange={(event) => set("unit", event.target.value as TeamGoalUnit)}
        error={at("goal.unit")}
      >
        <option value="percent">Percent of students</option>
        <option value="score">Score</option>
        <option value="count">Number of students</option>
      </SelectField>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField label="Baseline" {...decimalInput} {...field("baselineValue")} />
        <FormField label="Target" {...decimalInput} {...field("targetValue")} />
        <FormField label="Baseline date (start)" type="date" {...field("startsOn")} />
        <FormField label="Target date" type="date" {...field("targetOn")} />
      </div>
      <CheckpointDates
        dates={draft.checkpointDates}
        onChange={(dates) => set("checkpointDates", dates)}
        errorAt={at}
      />
      {options.isSuccess ? (
        <div className="grid gap-5 lg:grid-cols-2">
          <ChoiceList
            legend="Indicators the team will work on"
            hint="The practice the team means to change to move the measure."
            options={options.data.indicators.map((row) => ({
              id: row.id,
              label: `${row.code} ${row.name}`,
            }))}
            chosen={draft.indicatorIds}
            onChange={(ids) => set("indicatorIds", ids)}
            error={fieldError(error, "goal.indicatorIds", { nested: true })}
          />
          <ChoiceList
            legend="MicroPD sessions the team will use"
            hint="Sessions the team will take together."
            options={options.data.sessions.map((row) => ({
              id: row.id,
              label: `${row.title} (${row.stageName})`,
            }))}
            chosen={draft.sessionIds}
            onChange={(ids) => set("sessionIds", ids)}
            error={fieldError(error, "goal.sessionIds", { nested: true })}
          />
        </div>
      ) : (
        <QueryState
          query={options}
          loading="Loading indicators and sessions…"
          loadingVariant="inline"
        />
      )}
      <FormAlert message={general} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={saving.isPending}>
          {saving.isPending ? "Saving…" : goal ? "Save goal" : "Set goal"}
        </Button>
        <Link
          to={`/teams/${teamId}`}
          className="inline-flex min-h-10 items-center px-3 text-sm text-primary underline"
        >
          Cancel
        </Link>
      </div>
    </form>
  );
}

/** Sets a team's goal on student learning (`goals/new`) or edits one (`goals/:goalId`). */
export function GoalFormPage() {
  const { teamId = "", goalId } = useParams();
  const goals = useQuery(trpc.teamGoals.forTeam.queryOptions({ teamId }));
  const goal = goals.data?.goals.find((row) => row.id === goalId);
  return (
    <>
      <Link
        to={`/teams/${teamId}`}
        className="mb-4 inline-flex items-center gap-1.5 text-sm text-primary underline hover:text-primary-hover"
      >
        <ArrowLeft aria-hidden="true" className="size-4" />
        Back to the team
      </Link>
      <PageHeader
        title={goalId ? "Edit the team goal" : "Set a team goal"}
        description="A goal on a problem of student learning the team shares: how it is measured, where it stands, where the team means it to be, and when the team will measure again."
      />
      {goals.isSuccess && (!goalId || goal) ? (
        <Card>
          <CardContent className="pt-6">
            <GoalForm teamId={teamId} goal={goal} />
          </CardContent>
        </Card>
      ) : goals.isSuccess ? (
        <p>There is no such goal on this team.</p>
      ) : (
        <QueryState query={goals} loading="Loading the team's goal…" headingLevel={2} />
      )}
    </>
  );
}
