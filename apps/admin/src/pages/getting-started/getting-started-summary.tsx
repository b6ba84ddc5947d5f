import type { GettingStarted } from "@throughline/domain/getting-started";
import { buttonClasses } from "@throughline/ui/button";
import { TitledCard } from "@throughline/ui/titled-card";
import { Link } from "react-router";
import { checklistCopy } from "./checklist-items.ts";
import { ItemStatus } from "./item-status.tsx";

/** The home page's reminder of what is left, for a district admin while any step is open. */
export function GettingStartedSummary({ checklist }: { checklist: GettingStarted }) {
  return (
    <TitledCard
      title="Getting started"
      description={
        <>
          {checklist.doneCount} of {checklist.total} done. Set these up before your teachers start.
        </>
      }
      className="mb-8 border-primary/40"
      contentClassName="flex flex-col gap-4"
    >
      <ul className="flex flex-col gap-2">
        {checklist.items.map((item) => (
          <li key={item.key} className="flex items-start gap-3">
            <span className="w-20 shrink-0">
              <ItemStatus done={item.done} />
            </span>
            <span className="min-w-0 text-sm text-foreground">{checklistCopy[item.key].title}</span>
          </li>
        ))}
      </ul>
      <Link to="/getting-started" className={buttonClasses({ className: "self-start" })}>
        Open the checklist
      </Link>
    </TitledCard>
  );
}
