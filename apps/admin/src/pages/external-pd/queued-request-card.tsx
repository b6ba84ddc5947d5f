import { useMutation, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { externalPdActions } from "@throughline/domain/external-pd";
import { Button } from "@throughline/ui/button";
import { Card, CardContent } from "@throughline/ui/card";
import { ExternalPdRequestSummary } from "@throughline/ui/external-pd-request-summary";
import { fieldError } from "@throughline/ui/field-error";
import { FormAlert } from "@throughline/ui/form-alert";
import { PendingButton } from "@throughline/ui/pending-button";
import { ReasonDialog } from "@throughline/ui/reason-dialog";
import { useState } from "react";
import type { QueuedExternalPdRequest } from "./types.ts";

/** One teacher's request: its facts and certificate, and the decision while it waits. */
export function QueuedRequestCard({ request }: { request: QueuedExternalPdRequest }) {
  const queryClient = useQueryClient();
  const [returning, setReturning] = useState(false);
  const refresh = () => queryClient.invalidateQueries(trpc.externalPd.queue.queryFilter());
  const approve = useMutation(trpc.externalPd.approve.mutationOptions({ onSuccess: refresh }));
  const giveBack = useMutation(
    trpc.externalPd.return.mutationOptions({
      onSuccess: async () => {
        setReturning(false);
        await refresh();
      },
    }),
  );
  return (
    <Card>
      <CardContent className="flex flex-col gap-3 pt-6">
        <ExternalPdRequestSummary
          heading={`${request.teacherName}: ${request.title}`}
          request={request}
        />
        {request.description ? <p className="text-sm">{request.description}</p> : null}
        <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {request.certificate ? (
            <a
              href={`/files/external-pd-certificates/${request.certificate.id}`}
              target="_blank"
              rel="noreferrer"
              className="text-primary underline underline-offset-4"
            >
              View certificate ({request.certificate.fileName})
            </a>
          ) : (
            <span className="text-warning">No certificate attached.</span>
          )}
          <a
            href={`/files/pdf/transcript/${request.personId}`}
            className="text-primary underline underline-offset-4"
          >
            {request.teacherName}'s transcript (PDF)
          </a>
        </p>
        {externalPdActions.canDecide(request.status) ? (
          <div className="flex flex-col gap-2">
            <div className="flex flex-wrap gap-2">
              <PendingButton
                pending={approve.isPending}
                pendingLabel="Approving…"
                onClick={() => approve.mutate({ requestId: request.id })}
              >
                Approve<span className="sr-only">: {request.title}</span>
              </PendingButton>
              <Button variant="secondary" onClick={() => setReturning(true)}>
                Return<span className="sr-only">: {request.title}</span>
              </Button>
            </div>
            <FormAlert message={approve.error?.message} />
          </div>
        ) : null}
      </CardContent>
      <ReasonDialog
        open={returning}
        title={`Return “${request.title}” to ${request.teacherName}`}
        explanation="The teacher reads your reason, can change the request and send it again."
        hint="What to change, e.g. “The certificate shows 4 hours, not 6.”"
        submitLabel="Return the request"
        pendingLabel="Returning…"
        cancelLabel="Cancel"
        pending={giveBack.isPending}
        error={giveBack.error ? fieldError(giveBack.error, "reason", { orGeneral: true }) : null}
        onSubmit={(reason) => giveBack.mutate({ requestId: request.id, reason })}
        onClose={() => {
          giveBack.reset();
          setReturning(false);
        }}
      />
    </Card>
  );
}
