import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryView } from "@throughline/app-kit/query-view";
import { externalPdActions } from "@throughline/domain/external-pd";
import { Alert } from "@throughline/ui/alert";
import { EmptyState } from "@throughline/ui/empty-state";
import { PageHeader } from "@throughline/ui/page-header";
import { Link, useNavigate, useParams } from "react-router";
import { draftOf } from "./request-draft.ts";
import { RequestForm } from "./request-form.tsx";

/** Changing a waiting or returned request; saving sends it for review again. */
export function EditExternalPdRequestPage() {
  const { requestId } = useParams();
  const navigate = useNavigate();
  const requests = useQuery(trpc.externalPd.mine.queryOptions());
  return (
    <>
      <PageHeader
        title="Edit request"
        description={
          <Link to="/pd-credit" className="text-primary underline underline-offset-4">
            Back to PD credit
          </Link>
        }
      />
      <QueryView query={requests} about="your request" headingLevel={2}>
        {(rows) => {
          const request = rows.find((row) => row.id === requestId);
          if (!request || !externalPdActions.canEdit(request.status)) {
            return (
              <EmptyState title="This request can't be changed">
                <p>It was decided or withdrawn, or it is not yours.</p>
              </EmptyState>
            );
          }
          return (
            <div className="flex flex-col gap-6">
              {request.status === "returned" && request.returnReason ? (
                <Alert variant="warning" title="Returned with a reason">
                  {request.returnReason}
                </Alert>
              ) : null}
              <RequestForm
                initial={draftOf(request)}
                saved={{ requestId: request.id, certificate: request.certificate }}
                submitLabel="Save and send for review"
                onDone={(message) => void navigate("/pd-credit", { state: { saved: message } })}
              />
            </div>
          );
        }}
      </QueryView>
    </>
  );
}
