import { useMutation, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { Badge } from "@throughline/ui/badge";
import { Button } from "@throughline/ui/button";
import { buttonColumn } from "@throughline/ui/button-column";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@throughline/ui/card";
import { DataTable } from "@throughline/ui/data-table";
import { fieldError } from "@throughline/ui/field-error";
import { formatDate } from "@throughline/ui/format";
import { PendingButton } from "@throughline/ui/pending-button";
import { SelectField } from "@throughline/ui/select-field";
import { type FormEvent, useState } from "react";
import type { CredentialReviewers, ReviewersOverview } from "./types.ts";

function daysText(days: number | null): string {
  if (days === null) return "—";
  return days === 1 ? "1 day" : `${days} days`;
}

function Expiry({ reviewer }: { reviewer: CredentialReviewers["reviewers"][number] }) {
  if (!reviewer.expiresAt) return <span className="text-muted-foreground">—</span>;
  const date = formatDate(reviewer.expiresAt);
  if (reviewer.standing === "expired") {
    return (
      <span className="flex flex-wrap items-center gap-2">
        {date} <Badge variant="danger">Expired</Badge>
      </span>
    );
  }
  if (reviewer.standing === "expiring") {
    return (
      <span className="flex flex-wrap items-center gap-2">
        {date} <Badge variant="warning">Expires within 60 days</Badge>
      </span>
    );
  }
  return <>{date}</>;
}

/** One credential's queue, its reviewers, and who leads. */
export function CredentialReviewersCard({
  credential,
  candidates,
}: {
  credential: CredentialReviewers;
  candidates: ReviewersOverview["candidates"];
}) {
  const queryClient = useQueryClient();
  const [chosen, setChosen] = useState("");
  const refresh = () => queryClient.invalidateQueries(trpc.credentialAdmin.reviewers.queryFilter());
  const name = useMutation(
    trpc.credentialAdmin.nameLead.mutationOptions({
      onSuccess: async () => {
        setChosen("");
        await refresh();
      },
    }),
  );
  const remove = useMutation(
    trpc.credentialAdmin.removeLead.mutationOptions({ onSuccess: refresh }),
  );
  const leads = new Set(credential.reviewers.filter((r) => r.isLead).map((r) => r.personId));
  const open = candidates.filter((candidate) => !leads.has(candidate.personId));
  const { queue } = credential;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    name.mutate({ credentialId: credential.id, personId: chosen });
  };

  return (
    <Card>
      <CardHeader>
        <CardTitle className="flex flex-wrap items-center gap-2">
          {credential.name}
          {credential.archived ? <Badge variant="neutral">Archived</Badge> : null}
        </CardTitle>
        <CardDescription>
          {queue.waiting === 0
            ? "No submissions waiting for review."
            : `${queue.waiting} waiting for review · oldest ${daysText(queue.oldestDays)} · median wait ${daysText(queue.medianDays)}`}
        </CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        {credential.reviewers.length === 0 ? (
          <p className="text-sm text-muted-foreground">
            Nobody reviews this credential yet: name a lead reviewer to score its calibration set.
          </p>
        ) : (
          <DataTable
            scrollLabel={`Reviewers of ${credential.name}`}
            caption={`Reviewers of ${credential.name}`}
            rows={credential.reviewers}
            rowKey={(reviewer) => reviewer.personId}
            columns={[
              { header: "Reviewer", className: "font-medium", cell: (reviewer) => reviewer.name },
              {
                header: "Role",
                cell: (reviewer) =>
                  reviewer.isLead ? <Badge variant="primary">Lead</Badge> : "Certified",
              },
              {
                header: "Certified",
                cell: (reviewer) => (reviewer.certifiedAt ? formatDate(reviewer.certifiedAt) : "—"),
              },
              { header: "Expires", cell: (reviewer) => <Expiry reviewer={reviewer} /> },
              { header: "Calibration attempts", cell: (reviewer) => reviewer.calibrationAttempts },
              buttonColumn("Actions", (reviewer: CredentialReviewers["reviewers"][number]) =>
                reviewer.isLead ? (
                  <PendingButton
                    variant="ghost"
                    size="sm"
                    pending={remove.isPending}
                    onClick={() =>
                      remove.mutate({ credentialId: credential.id, personId: reviewer.personId })
                    }
                  >
                    Remove as lead<span className="sr-only"> {reviewer.name}</span>
                  </PendingButton>
                ) : null,
              ),
            ]}
          />
        )}
        <form onSubmit={submit} noValidate className="flex flex-col gap-2 sm:flex-row sm:items-end">
          <div className="sm:w-96">
            <SelectField
              label={`Name a lead reviewer of ${credential.name}`}
              value={chosen}
              disabled={name.isPending}
              error={fieldError(name.error, "personId")}
              onChange={(event) => {
                name.reset();
                setChosen(event.target.value);
              }}
            >
              <option value="">Choose a person</option>
              {open.map((candidate) => (
                <option key={candidate.personId} value={candidate.personId}>
                  {candidate.name}
                </option>
              ))}
            </SelectField>
          </div>
          <Button type="submit" variant="secondary" disabled={name.isPending || chosen === ""}>
            {name.isPending ? "Naming…" : "Name lead reviewer"}
            <span className="sr-only"> of {credential.name}</span>
          </Button>
        </form>
        {remove.isError ? <p className="text-sm text-danger">{remove.error.message}</p> : null}
      </CardContent>
    </Card>
  );
}
