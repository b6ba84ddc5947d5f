import { useMutation, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { Alert } from "@throughline/ui/alert";
import { Badge } from "@throughline/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@throughline/ui/card";
import { fieldError } from "@throughline/ui/field-error";
import { formatDate } from "@throughline/ui/format";
import { PendingButton } from "@throughline/ui/pending-button";
import { SelectField } from "@throughline/ui/select-field";
import { type FormEvent, useState } from "react";
import { ReceivedOfferItem } from "./received-offer.tsx";
import { offerStatusLabels, type Partnership, type PartnershipsOverview } from "./types.ts";

const stateBadges = {
  proposed: { label: "Proposed", variant: "warning" },
  active: { label: "In force", variant: "success" },
  ended: { label: "Ended", variant: "neutral" },
} as const;

function describe(partnership: Partnership): string {
  const proposed = `Proposed by ${partnership.proposedByUs ? "your district" : partnership.partnerName} on ${formatDate(partnership.proposedAt)}`;
  if (partnership.endedAt) return `${proposed} · ended ${formatDate(partnership.endedAt)}`;
  if (partnership.acceptedAt)
    return `${proposed} · in force since ${formatDate(partnership.acceptedAt)}`;
  return partnership.proposedByUs ? `${proposed} · waiting for them to accept` : proposed;
}

/** One partnership: accept or end it, offer your certified reviewers, and answer theirs. */
export function PartnershipCard({
  partnership,
  overview,
}: {
  partnership: Partnership;
  overview: PartnershipsOverview;
}) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries(trpc.partnerships.overview.queryFilter());
  const accept = useMutation(trpc.partnerships.accept.mutationOptions({ onSuccess: refresh }));
  const end = useMutation(trpc.partnerships.end.mutationOptions({ onSuccess: refresh }));
  const offer = useMutation(
    trpc.partnerships.offerReviewer.mutationOptions({ onSuccess: refresh }),
  );
  const withdraw = useMutation(
    trpc.partnerships.withdrawOffer.mutationOptions({ onSuccess: refresh }),
  );
  const [certificationId, setCertificationId] = useState(
    overview.certifications[0]?.certificationId ?? "",
  );
  const badge = stateBadges[partnership.state];
  const active = partnership.state === "active";
  const submitOffer = (event: FormEvent) => {
    event.preventDefault();
    offer.mutate({ partnershipId: partnership.id, certificationId });
  };
  const failed = accept.error ?? end.error ?? withdraw.error;

  return (
    <Card>
      <CardHeader>
        <CardTitle className="flex flex-wrap items-center gap-2">
          {partnership.partnerName}
          <Badge variant={badge.variant}>{badge.label}</Badge>
        </CardTitle>
        <CardDescription>{describe(partnership)}</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-5">
        {partnership.note ? <p className="text-sm">“{partnership.note}”</p> : null}
        <div className="flex flex-wrap gap-2">
          {partnership.state === "proposed" && !partnership.proposedByUs ? (
            <PendingButton
              type="button"
              pending={accept.isPending}
              pendingLabel="Accepting…"
              onClick={() => accept.mutate({ partnershipId: partnership.id })}
            >
              Accept partnership
            </PendingButton>
          ) : null}
          {partnership.state !== "ended" ? (
            <PendingButton
              type="button"
              variant="secondary"
              pending={end.isPending}
              pendingLabel="Ending…"
              onClick={() => end.mutate({ partnershipId: partnership.id })}
            >
              {partnership.state === "proposed" ? "Cancel proposal" : "End partnership"}
            </PendingButton>
          ) : null}
        </div>
        {failed ? <Alert variant="error">{failed.message}</Alert> : null}

        {active || partnership.received.length > 0 ? (
          <section aria-labelledby={`received-${partnership.id}`} className="flex flex-col gap-3">
            <h3 id={`received-${partnership.id}`} className="font-semibold">
              Reviewers offered to you
            </h3>
            {partnership.received.length === 0 ? (
              <p className="text-sm text-muted-foreground">
                None yet. {partnership.partnerName} offers reviewers certified there.
              </p>
            ) : (
              <ul className="flex flex-col gap-3">
                {partnership.received.map((received) => (
                  <ReceivedOfferItem
                    key={received.id}
                    offer={received}
                    credentials={overview.credentials}
                  />
                ))}
              </ul>
            )}
          </section>
        ) : null}

        {active || partnership.offered.length > 0 ? (
          <section aria-labelledby={`offered-${partnership.id}`} className="flex flex-col gap-3">
            <h3 id={`offered-${partnership.id}`} className="font-semibold">
              Your reviewers offered to {partnership.partnerName}
            </h3>
            {partnership.offered.length > 0 ? (
              <ul className="flex flex-col gap-2">
                {partnership.offered.map((offered) => {
                  const status = offerStatusLabels[offered.status];
                  const open = offered.status === "offered" || offered.status === "accepted";
                  return (
                    <li
                      key={offered.id}
                      className="flex flex-wrap items-center gap-2 rounded-md border border-border p-3"
                    >
                      <span className="font-medium">{offered.reviewerName}</span>
                      <span className="text-sm text-muted-foreground">
                        {offered.credentialName} · until {formatDate(offered.certifiedUntil)}
                      </span>
                      <Badge variant={status.variant}>{status.label}</Badge>
                      {open ? (
                        <PendingButton
                          type="button"
                          variant="secondary"
                          size="sm"
                          pending={withdraw.isPending}
                          onClick={() => withdraw.mutate({ offerId: offered.id })}
                        >
                          Withdraw {offered.reviewerName}
                        </PendingButton>
                      ) : null}
                    </li>
                  );
                })}
              </ul>
            ) : null}
            {active ? (
              overview.certifications.length === 0 ? (
                <p className="text-sm text-muted-foreground">
                  Nobody in your district holds a current certification to offer.
                </p>
              ) : (
                <form className="flex flex-col gap-3" onSubmit={submitOffer}>
                  <SelectField
                    label="Certified reviewer to offer"
                    value={certificationId}
                    error={fieldError(offer.error, "certificationId")}
                    onChange={(event) => {
                      offer.reset();
                      setCertificationId(event.target.value);
                    }}
                  >
                    {overview.certifications.map((row) => (
                      <option key={row.certificationId} value={row.certificationId}>
                        {row.reviewerName} · {row.credentialName} · until{" "}
                        {formatDate(row.expiresAt)}
                      </option>
                    ))}
                  </SelectField>
                  <p className="text-sm text-muted-foreground">
                    {partnership.partnerName} sees the reviewer's name, email address and how long
                    the certification lasts; the reviewer reviews its submissions blind.
                  </p>
                  <PendingButton
                    type="submit"
                    className="self-start"
                    pending={offer.isPending}
                    pendingLabel="Offering…"
                  >
                    Offer reviewer
                  </PendingButton>
                  {offer.isError && !fieldError(offer.error, "certificationId") ? (
                    <Alert variant="error">{offer.error.message}</Alert>
                  ) : null}
                </form>
              )
            ) : null}
          </section>
        ) : null}
      </CardContent>
    </Card>
  );
}
