import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryState } from "@throughline/app-kit/query-state";
import { formatDay } from "@throughline/ui/format";
import { SelfRatingList } from "@throughline/ui/self-rating-list";
import { TitledCard } from "@throughline/ui/titled-card";

const momentWords = { start: "start of the stage", end: "end of the stage", check_in: "check-in" };

/**
 * The self-assessments teachers chose to share with this principal or district admin: how they
 * rate their own practice. Like shared coaching, it is for support, not evaluation.
 */
export function SharedSelfAssessmentsCard() {
  const shared = useQuery(trpc.selfAssessment.sharedWithMe.queryOptions());
  return (
    <TitledCard
      title="Self-assessments shared with you"
      description="How teachers rate their own practice, when they choose to share it. Read them to support, not to rate."
    >
      {!shared.isSuccess ? (
        <QueryState query={shared} about="shared self-assessments" placement="card" />
      ) : shared.data.assessments.length === 0 ? (
        <p className="text-sm text-muted-foreground">
          When a teacher shares a self-assessment with you, it appears here.
        </p>
      ) : (
        <ul className="flex flex-col gap-4">
          {shared.data.assessments.map((row) => (
            <li key={row.id} className="flex flex-col gap-1 border-t border-border pt-3 text-sm">
              <h3 className="text-base font-semibold">{row.teacherName}</h3>
              <p className="text-muted-foreground">
                Stage {row.stage.position}: {row.stage.title} · {momentWords[row.moment]},{" "}
                <time dateTime={row.assessedOn}>{formatDay(row.assessedOn)}</time>
              </p>
              <SelfRatingList
                ratings={row.ratings}
                levelLabel={(rank) =>
                  shared.data.levels.find((level) => level.rank === rank)?.label ?? rank
                }
              />
            </li>
          ))}
        </ul>
      )}
    </TitledCard>
  );
}
