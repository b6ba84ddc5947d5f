import { useQuery } from "@tanstack/react-query";
import type { RouterOutputs } from "@throughline/api/types";
import { trpc } from "@throughline/app-kit/client";
import { QueryState } from "@throughline/app-kit/query-state";
import { firstAndLatestRatings } from "@throughline/domain/rules/self-assessment";
import { formatDay } from "@throughline/ui/format";
import { SelfRatingChangeChart } from "@throughline/ui/self-rating-change-chart";
import { SelfRatingList } from "@throughline/ui/self-rating-list";

type Assessment = RouterOutputs["selfAssessment"]["forTeacher"]["assessments"][number];

const momentWords: Record<Assessment["moment"], string> = {
  start: "Start of the stage",
  end: "End of the stage",
  check_in: "Check-in",
};

/** One stage's self-assessments: first → latest per indicator, then each with its notes. */
function StageSelfAssessments({
  assessments,
  levels,
  name,
}: {
  assessments: readonly Assessment[];
  levels: readonly { rank: number; label: string }[];
  name: string;
}) {
  const titled = new Map(
    assessments.flatMap((row) => row.ratings).map((rating) => [rating.indicatorId, rating]),
  );
  const changes = firstAndLatestRatings(assessments)
    .flatMap((change) => {
      const rated = titled.get(change.indicatorId);
      return rated ? [{ ...change, code: rated.code, title: rated.title }] : [];
    })
    .sort((a, b) => a.code.localeCompare(b.code, "en", { numeric: true }));
  const labelOf = (rank: number) =>
    levels.find((level) => level.rank === rank)?.label ?? String(rank);
  return (
    <div className="flex flex-col gap-4">
      <SelfRatingChangeChart levels={levels} changes={changes} whose={`${name}'s`} />
      <details className="rounded-md border border-border p-3">
        <summary className="cursor-pointer text-sm font-medium text-primary">
          Each self-assessment, with notes ({assessments.length})
        </summary>
        <ul className="mt-3 flex flex-col gap-4">
          {[...assessments].reverse().map((row) => (
            <li key={row.id} className="flex flex-col gap-1 border-t border-border pt-3 text-sm">
              <p className="font-medium">
                {momentWords[row.moment]} ·{" "}
                <time dateTime={row.assessedOn}>{formatDay(row.assessedOn)}</time>
              </p>
              <SelfRatingList ratings={row.ratings} levelLabel={labelOf} />
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}

/** How a supported teacher rates their own practice, stage by stage. */
export function SelfAssessmentsSection({ teacherId, name }: { teacherId: string; name: string }) {
  const view = useQuery(trpc.selfAssessment.forTeacher.queryOptions({ teacherId }));
  const byStage = new Map<string, Assessment[]>();
  for (const row of view.data?.assessments ?? []) {
    if (row.access !== "content") continue;
    byStage.set(row.stage.id, [...(byStage.get(row.stage.id) ?? []), row]);
  }
  return (
    <section aria-labelledby="self-assessments-heading" className="flex flex-col gap-4">
      <h2 id="self-assessments-heading" className="text-xl font-semibold tracking-tight">
        Self-assessments
      </h2>
      {!view.isSuccess ? (
        <QueryState
          query={view}
          loading="Loading self-assessments…"
          loadingVariant="inline"
          errorTitle="The self-assessments could not be loaded"
          headingLevel={3}
        />
      ) : byStage.size === 0 ? (
        <p className="text-sm text-muted-foreground">
          {name} has not rated their own practice yet. The stage page asks them to at the start and
          the end of each stage.
        </p>
      ) : (
        [...byStage.values()].map((assessments) => {
          const stage = assessments[0]?.stage;
          return stage ? (
            <div key={stage.id} className="flex flex-col gap-3">
              <h3 className="text-lg font-semibold">
                Stage {stage.position}: {stage.title}
              </h3>
              <StageSelfAssessments
                assessments={assessments}
                levels={view.data.levels}
                name={name}
              />
            </div>
          ) : null;
        })
      )}
    </section>
  );
}
