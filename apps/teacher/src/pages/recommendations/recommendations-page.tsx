import { trpc } from "@throughline/app-kit/client";
import { QueryPage } from "@throughline/app-kit/query-page";
import { PageHeader } from "@throughline/ui/page-header";
import { groupByProgram } from "./by-program.ts";
import { RecommendationList } from "./recommendation-list.tsx";
import { RecommendationsEmpty } from "./recommendations-empty.tsx";
import { TeamFocusCard } from "./team-focus-card.tsx";
import type { Recommendation } from "./types.ts";

/** Every recommended session, the coach's assignments first, each with its reason; the team's focus above. */
export function RecommendationsPage() {
  return (
    <QueryPage options={trpc.recommendations.mine.queryOptions()} about="your recommendations">
      {(items) => <RecommendationsView items={items} />}
    </QueryPage>
  );
}

/**
 * One list where the district runs one program; where it runs several, one list per program
 * under the program's name, so a teacher sees her next sessions in each.
 */
function ListsByProgram({ items }: { items: readonly Recommendation[] }) {
  const groups = groupByProgram(items);
  const [only] = groups;
  if (groups.length === 1 && only && only.program === null) {
    return <RecommendationList items={items} headingLevel={2} />;
  }
  return (
    <>
      {groups.map((group) => (
        <section
          key={group.program?.id ?? "none"}
          aria-labelledby={`program-${group.program?.id ?? "none"}`}
          className="flex flex-col gap-3"
        >
          <h2 id={`program-${group.program?.id ?? "none"}`} className="text-lg font-semibold">
            {group.program?.title ?? "Other sessions"}
          </h2>
          <RecommendationList items={group.items} headingLevel={3} />
        </section>
      ))}
    </>
  );
}

/** The team focus and the list once it came. */
function RecommendationsView({ items }: { items: readonly Recommendation[] }) {
  return (
    <>
      <PageHeader
        title="Recommended for you"
        description="Sessions your coach assigned, then those your team chose as its focus, then those for the indicators below their target, largest gap first. Each one counts in your PD hours like any other."
      />
      <div className="flex max-w-3xl flex-col gap-6">
        <TeamFocusCard />
        {items.length === 0 ? (
          <RecommendationsEmpty headingLevel={2} />
        ) : (
          <ListsByProgram items={items} />
        )}
      </div>
    </>
  );
}
