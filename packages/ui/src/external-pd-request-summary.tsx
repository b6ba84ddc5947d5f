import {
  type ExternalPdKind,
  type ExternalPdStatus,
  externalPdKindLabels,
  externalPdStatusLabels,
} from "@throughline/domain/external-pd";
import type { ReactNode } from "react";
import { Alert } from "./alert.tsx";
import { Badge, type BadgeVariant } from "./badge.tsx";
import { formatDay } from "./format.ts";

const statusVariants: Record<ExternalPdStatus, BadgeVariant> = {
  submitted: "info",
  approved: "success",
  returned: "warning",
  withdrawn: "neutral",
};

interface ExternalPdRequestFacts {
  kind: ExternalPdKind;
  provider: string;
  startOn: string;
  endOn: string;
  hours: number;
  status: ExternalPdStatus;
  returnReason: string | null;
}

/**
 * The top of a request for outside PD credit, the same for the teacher who asked and the
 * reviewer who decides: a heading, what it was (kind, provider, days, hours), its status and,
 * when it was returned, the reviewer's reason.
 */
export function ExternalPdRequestSummary({
  heading,
  request,
}: {
  heading: ReactNode;
  request: ExternalPdRequestFacts;
}) {
  const days =
    request.startOn === request.endOn
      ? formatDay(request.endOn)
      : `${formatDay(request.startOn)} – ${formatDay(request.endOn)}`;
  return (
    <>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="flex min-w-0 flex-col gap-1">
          <h2 className="text-lg font-semibold text-foreground">{heading}</h2>
          <p className="text-sm text-muted-foreground">
            {externalPdKindLabels[request.kind]} · {request.provider} · {days} ·{" "}
            <strong className="text-foreground">{request.hours.toFixed(1)} hours</strong>
          </p>
        </div>
        <Badge variant={statusVariants[request.status]}>
          {externalPdStatusLabels[request.status]}
        </Badge>
      </div>
      {request.status === "returned" && request.returnReason ? (
        <Alert variant="warning" title="Returned with this reason">
          {request.returnReason}
        </Alert>
      ) : null}
    </>
  );
}
