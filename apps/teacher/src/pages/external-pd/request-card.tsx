import { useMutation, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { externalPdActions } from "@throughline/domain/external-pd";
import { Button } from "@throughline/ui/button";
import { Card, CardContent } from "@throughline/ui/card";
import { ConfirmDialog } from "@throughline/ui/confirm-dialog";
import { ExternalPdRequestSummary } from "@throughline/ui/external-pd-request-summary";
import { useState } from "react";
import { Link } from "react-router";
import { certificateUrl } from "./certificate-upload.ts";
import type { MyExternalPdRequest } from "./types.ts";

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
  return (
    <Card>
      <CardContent className="flex flex-col gap-3 pt-6">
        <ExternalPdRequestSummary heading={request.title} request={request} />
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
