import { actionStepStatusLabels } from "@throughline/domain/action-plan";
import type { ActionStepStatus } from "@throughline/domain/enums";
import { CalendarDays } from "lucide-react";
import { statusVariant } from "./action-step-display.ts";
import { Badge } from "./badge.tsx";
import { formatDay } from "./format.ts";

/**
 * A step's status badge and its due day, as the teacher's own plan and every read-only view of
 * a step show them; placed inside the caller's line, beside whatever else it lists.
 */
export function StepStatusAndDue({
  status,
  dueOn,
}: {
  status: ActionStepStatus;
  dueOn: string | null;
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
    </>
  );
}
