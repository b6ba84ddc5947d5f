import { useMutation, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import {
  type ExternalPdStatus,
  externalPdActions,
  externalPdKindLabels,
  externalPdStatusLabels,
} from "@throughline/domain/external-pd";
import { Alert } from "@throughline/ui/alert";
import { Badge, type BadgeVariant } from "@throughline/ui/badge";
import { Button } from "@throughline/ui/button";
import { Card, CardContent } from "@throughline/ui/card";
import { ConfirmDialog } from "@throughline/ui/confirm-dialog";
import { formatDay } from "@throughline/ui/format";
import { useState } from "react";
import { Link } from "react-router";
import { certificateUrl } from "./certificate-upload.ts";
import type { MyExternalPdRequest } from "./types.ts";

const statusVariants: Record<ExternalPdStatus, BadgeVariant> = {
  submitted: "info",
  approved: "success",
  returned: "warning",
  withdrawn: "neutral",
};

/** One request: its facts, status and certificate; the reason when returned; edit and withdraw. */
export function RequestCard({ request }: { request: MyExternalPdRequest }) {
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const withdraw = useMutation(
    trpc.externalPd.withdraw.mutationOptions({
      onSuccess: async () => {
        setConfirming(false);
        await queryClient.invalidateQueries(trpc.externalPd.mine.queryFilter());
      },
    }),
  );
  const days =
    request.startOn === request.endOn
      ? formatDay(request.endOn)
      : `${formatDay(request.startOn)} – ${formatDay(request.endOn)}`;
  return (
    <Card>
      <CardContent className="flex flex-col gap-3 pt-6">
        <div className="flex flex-wrap items-start justify-between gap-2">
          <div className="flex min-w-0 flex-col gap-1">
            <h2 className="text-lg font-semibold text-foreground">{request.title}</h2>
            <p className="text-sm text-muted-foreground">
              {externalPdKindLabels[request.kind]} · {request.provider} · {days} ·{" "}
              {request.hours.toFixed(1)} hours
            </p>
          </div>
          <Badge variant={statusVariants[request.status]}>
            {externalPdStatusLabels[request.status]}
          </Badge>
        </div>
        {request.status === "returned" && request.returnReason ? (
          <Alert variant="warning" title="Returned with a reason">
            {request.returnReason}
          </Alert>
        ) : null}
        <p className="text-sm">
          {request.certificate ? (
            <a
              href={certificateUrl(request.certificate.id)}
              target="_blank"
              rel="noreferrer"
              className="text-primary underline underline-offset-4"
            >
              Certificate: {request.certificate.fileName}
            </a>
          ) : (
            <span className="text-warning">No certificate attached yet.</span>
          )}
        </p>
        {externalPdActions.canEdit(request.status) ? (
          <div className="flex flex-wrap gap-2">
            <Button asChild variant="secondary">
              <Link to={`/pd-credit/${request.id}/edit`}>
                {request.status === "returned" ? "Edit and send again" : "Edit"}
                <span className="sr-only">: {request.title}</span>
              </Link>
            </Button>
            <Button variant="ghost" onClick={() => setConfirming(true)}>
              Withdraw<span className="sr-only">: {request.title}</span>
            </Button>
          </div>
        ) : null}
      </CardContent>
      <ConfirmDialog
        open={confirming}
        title="Withdraw this request?"
        confirmLabel="Withdraw"
        pendingLabel="Withdrawing…"
        confirmVariant="danger"
        pending={withdraw.isPending}
        error={withdraw.error?.message ?? null}
        onConfirm={() => withdraw.mutate({ requestId: request.id })}
        onClose={() => setConfirming(false)}
      >
        <p>“{request.title}” will no longer be reviewed. You can request credit again later.</p>
      </ConfirmDialog>
    </Card>
  );
}
