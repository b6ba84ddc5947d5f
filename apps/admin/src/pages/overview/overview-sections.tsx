import { AtAGlance } from "./at-a-glance.tsx";
import { CredentialQueue } from "./credential-queue.tsx";
import { NeedsAttention } from "./needs-attention.tsx";
import { ThisWeek } from "./this-week.tsx";
import type { Overview } from "./types.ts";
import { WalkthroughCoverage } from "./walkthrough-coverage.tsx";

/**
 * The overview's parts, the same on the first screen and on one school's page: the dashboard's
 * headline figures, who needs attention, this week, walkthrough coverage and the credential
 * queue. `canRecord`: the viewer leads schools, so each teacher without a walkthrough links to one.
 */
export function OverviewSections({
  overview,
  canRecord,
}: {
  overview: Overview;
  canRecord: boolean;
}) {
  return (
    <>
      {overview.figures.map((figures) => (
        <AtAGlance key={figures.id ?? "district"} figures={figures} />
      ))}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] lg:items-start">
        <NeedsAttention attention={overview.attention} />
        <div className="flex flex-col gap-6">
          <ThisWeek overview={overview} />
          <WalkthroughCoverage walkthroughs={overview.walkthroughs} canRecord={canRecord} />
          <CredentialQueue
            queue={overview.credentialQueue}
            districtWide={overview.scope === "district"}
          />
        </div>
      </div>
    </>
  );
}
