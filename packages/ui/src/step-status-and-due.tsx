import { actionStepStatusLabels } from "@throughline/domain/action-plan";
import type { ActionStepStatus } from "@throughline/domain/enums";
import { CalendarCheck, CalendarDays } from "lucide-react";
import { statusVariant } from "./action-step-display.ts";
import { Badge } from "./badge.tsx";
import { formatDate, formatDay } from "./format.ts";

/**
 * A step's status badge, its due day and, once done, the day it was done (the district's day),
 * as the teacher's own plan and every read-only view of a step show them; placed inside the
 * caller's line, beside whatever else it lists.
 */
export function StepStatusAndDue({
  status,
  dueOn,
  completedAt = null,
}: {
  status: ActionStepStatus;
  dueOn: string | null;
  /** When the step was marked done (an edit of a done step keeps it). */
  completedAt?: Date | null;
}) {
  return (
    <>
      <Badge variant={statusVariant[status]}>{actionStepStatusLabels[status]}</Badge>
      {dueOn ? (
        <span className="inline-flex items-center gap-1">
          <CalendarDays aria-hidden="true" className="size-4" />
          By {formatDay(dueOn)}
        </span>
      ) : null}
      {status === "done" && completedAt ? (
        <span className="inline-flex items-center gap-1">
          <CalendarCheck aria-hidden="true" className="size-4" />
          Done on {formatDate(completedAt)}
        </span>
      ) : null}
    </>
  );
}
