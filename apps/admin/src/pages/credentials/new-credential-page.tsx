import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryView } from "@throughline/app-kit/query-view";
import { PageHeader } from "@throughline/ui/page-header";
import { useState } from "react";
import { Link, useNavigate } from "react-router";
import { emptyDraft } from "./credential-draft.ts";
import { CredentialForm } from "./credential-form.tsx";

/** A district admin defines a new micro-credential: it starts as version 1. */
export function NewCredentialPage() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [initial] = useState(emptyDraft);
  const options = useQuery(trpc.credentialAdmin.options.queryOptions());
  const create = useMutation(
    trpc.credentialAdmin.create.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.credentialAdmin.list.queryFilter());
        await navigate("/credentials", { state: { saved: "The micro-credential was created." } });
      },
    }),
  );
  return (
    <>
      <PageHeader
        title="New micro-credential"
        description={
          <>
            What a teacher must show, and how reviewers judge it.{" "}
            <Link to="/credentials" className="text-primary underline underline-offset-4">
              Back to micro-credentials
            </Link>
          </>
        }
      />
      <QueryView query={options} loading="Loading the stages and indicators…">
        {(data) => (
          <CredentialForm
            initial={initial}
            options={data}
            credentialId={null}
            hasSavedImage={false}
            readOnly={false}
            pending={create.isPending}
            error={create.error}
            submitLabel="Create the micro-credential"
            onSubmit={(input) => create.mutate(input)}
            onEdit={() => {
              if (create.isError) create.reset();
            }}
          />
        )}
      </QueryView>
    </>
  );
}
