import { useMutation, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { Alert } from "@throughline/ui/alert";
import { Badge } from "@throughline/ui/badge";
import { Button } from "@throughline/ui/button";
import { fieldError } from "@throughline/ui/field-error";
import { formatDate, formatDateTime } from "@throughline/ui/format";
import { Input } from "@throughline/ui/input";
import { Label } from "@throughline/ui/label";
import { PendingButton } from "@throughline/ui/pending-button";
import { SelectField } from "@throughline/ui/select-field";
import { type FormEvent, useId, useState } from "react";
import { offerStatusLabels, type PartnershipsOverview, type ReceivedOffer } from "./types.ts";

/**
 * A reviewer a partner offered: accepted onto one of this district's credentials (the one with
 * the same title is chosen for the admin), declined, or stopped later. Accepting makes them a
 * person here with no role, and a one-time link their sign-in joins with.
 */
export function ReceivedOfferItem({
  offer,
  credentials,
}: {
  offer: ReceivedOffer;
  credentials: PartnershipsOverview["credentials"];
}) {
  const queryClient = useQueryClient();
  const linkId = useId();
  const [credentialId, setCredentialId] = useState(
    offer.suggestedCredentialId ?? credentials[0]?.id ?? "",
  );
  const refresh = () => queryClient.invalidateQueries(trpc.partnerships.overview.queryFilter());
  const accept = useMutation(trpc.partnerships.acceptOffer.mutationOptions({ onSuccess: refresh }));
  const decline = useMutation(
    trpc.partnerships.declineOffer.mutationOptions({ onSuccess: refresh }),
  );
  const status = offerStatusLabels[offer.status];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    accept.mutate({ offerId: offer.id, credentialId });
  };
  return (
    <li className="flex flex-col gap-3 rounded-md border border-border p-4">
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-medium">{offer.reviewerName}</span>
        <Badge variant={status.variant}>{status.label}</Badge>
      </div>
      <p className="text-sm text-muted-foreground">
        {offer.reviewerEmail} · certified for {offer.credentialName} until{" "}
        {formatDate(offer.certifiedUntil)}
        {offer.reviewsFor ? ` · reviews ${offer.reviewsFor} here, always blind` : ""}
      </p>
      {offer.status === "offered" ? (
        <form className="flex flex-col gap-3" onSubmit={submit}>
          <SelectField
            label={`Your credential ${offer.reviewerName} reviews`}
            value={credentialId}
            error={fieldError(accept.error, "credentialId")}
            onChange={(event) => {
              accept.reset();
              setCredentialId(event.target.value);
            }}
          >
            {credentials.map((credential) => (
              <option key={credential.id} value={credential.id}>
                {credential.name}
              </option>
            ))}
          </SelectField>
          <div className="flex flex-wrap gap-2">
            <PendingButton type="submit" pending={accept.isPending} pendingLabel="Accepting…">
              Accept {offer.reviewerName}
            </PendingButton>
            <PendingButton
              type="button"
              variant="secondary"
              pending={decline.isPending}
              pendingLabel="Declining…"
              onClick={() => decline.mutate({ offerId: offer.id })}
            >
              Decline
            </PendingButton>
          </div>
        </form>
      ) : null}
      {offer.status === "accepted" ? (
        <div>
          <PendingButton
            type="button"
            variant="secondary"
            pending={decline.isPending}
            pendingLabel="Stopping…"
            onClick={() => decline.mutate({ offerId: offer.id })}
          >
            Stop {offer.reviewerName} reviewing
          </PendingButton>
        </div>
      ) : null}
      {accept.data?.invite ? (
        <div className="flex flex-col gap-2">
          <Label htmlFor={linkId}>Invite link for {offer.reviewerName} (shown once)</Label>
          <Input
            id={linkId}
            readOnly
            value={accept.data.invite.url}
            onFocus={(event) => event.currentTarget.select()}
          />
          <p className="text-sm text-muted-foreground">
            Send it to {offer.reviewerName}: signed in as {offer.reviewerEmail}, it adds your
            district to their sign-in. Works once, until{" "}
            {formatDateTime(accept.data.invite.expiresAt)}.
          </p>
          <Button
            type="button"
            variant="secondary"
            className="self-start"
            onClick={() => void navigator.clipboard?.writeText(accept.data?.invite?.url ?? "")}
          >
            Copy link
          </Button>
        </div>
      ) : null}
      {accept.isError && !fieldError(accept.error, "credentialId") ? (
        <Alert variant="error">{accept.error.message}</Alert>
      ) : null}
      {decline.isError ? <Alert variant="error">{decline.error.message}</Alert> : null}
    </li>
  );
}
