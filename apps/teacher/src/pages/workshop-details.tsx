import { WorkshopFacts } from "@throughline/ui/workshop-facts";
import type { Enrolment } from "../lib/types.ts";

/** The stage's introductory workshop: when, where or by which link, how long, and what about. */
export function WorkshopDetails({ workshop }: { workshop: Enrolment["workshop"] }) {
  return (
    <div className="flex flex-col gap-2 rounded-lg border border-border px-4 py-3 text-sm @2xl:col-span-2">
      <h4 className="text-xs font-semibold tracking-wide text-muted-foreground uppercase">
        Introductory workshop
      </h4>
      <WorkshopFacts
        workshop={workshop}
        layout="inline"
        className="text-foreground"
        videoLabel="Join online"
      />
    </div>
  );
}
