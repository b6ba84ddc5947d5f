import { TitledCard } from "@throughline/ui/titled-card";
import { Link } from "react-router";
import { linkClasses } from "./link-classes.ts";
import type { Overview } from "./types.ts";

function days(count: number): string {
  return count === 1 ? "1 day" : `${count} days`;
}

/** Micro-credential submissions waiting for a reviewer's decision, and the oldest wait. */
export function CredentialQueue({
  queue,
  districtWide,
}: {
  queue: Overview["credentialQueue"];
  districtWide: boolean;
}) {
  return (
    <TitledCard
      title="Micro-credential reviews"
      description={
        districtWide
          ? "Submissions waiting for a reviewer, across the district."
          : "Your teachers' submissions waiting for a reviewer."
      }
      contentClassName="flex flex-col gap-3"
    >
      <dl className="grid grid-cols-2 gap-3">
        <div className="flex flex-col gap-0.5 rounded-lg border border-border p-3">
          <dt className="text-sm font-medium text-muted-foreground">Waiting</dt>
          <dd className="text-xl font-semibold tabular-nums text-foreground">{queue.waiting}</dd>
        </div>
        <div className="flex flex-col gap-0.5 rounded-lg border border-border p-3">
          <dt className="text-sm font-medium text-muted-foreground">Oldest</dt>
          <dd className="text-xl font-semibold tabular-nums text-foreground">
            {queue.oldestDays === null ? "—" : days(queue.oldestDays)}
          </dd>
        </div>
      </dl>
      <p className="text-sm text-muted-foreground">
        {queue.overLimit === 0
          ? `None has waited longer than the district's ${days(queue.limitDays)}.`
          : `${queue.overLimit} waited longer than the district's ${days(queue.limitDays)}.`}
      </p>
      {districtWide ? (
        <Link to="/reviewers" className={`${linkClasses} text-sm`}>
          Reviewers and queues
        </Link>
      ) : null}
    </TitledCard>
  );
}
