import type { GettingStarted } from "@throughline/domain/getting-started";
import { buttonClasses } from "@throughline/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@throughline/ui/card";
import { Link } from "react-router";
import { checklistCopy } from "./checklist-items.ts";
import { ItemStatus } from "./item-status.tsx";

/** The home page's reminder of what is left, for a district admin while any step is open. */
export function GettingStartedSummary({ checklist }: { checklist: GettingStarted }) {
  return (
    <Card className="mb-8 border-primary/40">
      <CardHeader>
        <CardTitle>Getting started</CardTitle>
        <CardDescription>
          {checklist.doneCount} of {checklist.total} done. Set these up before your teachers start.
        </CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        <ul className="flex flex-col gap-2">
          {checklist.items.map((item) => (
            <li key={item.key} className="flex items-start gap-3">
              <span className="w-20 shrink-0">
                <ItemStatus done={item.done} />
              </span>
              <span className="min-w-0 text-sm text-foreground">
                {checklistCopy[item.key].title}
              </span>
            </li>
          ))}
        </ul>
        <Link to="/getting-started" className={buttonClasses({ className: "self-start" })}>
          Open the checklist
        </Link>
      </CardContent>
    </Card>
  );
}
