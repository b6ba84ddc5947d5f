import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryState } from "@throughline/app-kit/query-state";
import { Badge, type BadgeVariant } from "@throughline/ui/badge";
import { Button } from "@throughline/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@throughline/ui/card";
import { DataTable } from "@throughline/ui/data-table";
import { fieldError } from "@throughline/ui/field-error";
import { FormField } from "@throughline/ui/form-field";
import { formatDate } from "@throughline/ui/format";
import { ReasonDialog } from "@throughline/ui/reason-dialog";
import { useDeferredValue, useState } from "react";
import type { AwardedBadge } from "./types.ts";

const standingBadge: Record<AwardedBadge["standing"], { label: string; variant: BadgeVariant }> = {
  active: { label: "Active", variant: "success" },
  revoked: { label: "Revoked", variant: "danger" },
  expired: { label: "Expired", variant: "warning" },
};

/** Badges the district awarded, searchable, each revocable with a reason. */
export function AwardedBadges() {
  const queryClient = useQueryClient();
  const [search, setSearch] = useState("");
  const deferred = useDeferredValue(search.trim());
  const badges = useQuery(trpc.credentialAdmin.awardedBadges.queryOptions({ search: deferred }));
  const [revoking, setRevoking] = useState<AwardedBadge | null>(null);
  const [revokedName, setRevokedName] = useState<string | null>(null);
  const revoke = useMutation(
    trpc.credentialAdmin.revokeBadge.mutationOptions({
      onSuccess: async () => {
        setRevokedName(revoking ? `${revoking.credentialName} of ${revoking.teacherName}` : null);
        setRevoking(null);
        await Promise.all([
          queryClient.invalidateQueries(trpc.credentialAdmin.awardedBadges.queryFilter()),
          queryClient.invalidateQueries(trpc.credentialAdmin.list.queryFilter()),
        ]);
      },
    }),
  );

  return (
    <Card>
      <CardHeader>
        <CardTitle>Awarded badges</CardTitle>
        <CardDescription>
          A revoked badge shows as revoked on its public page and in the district's status list.
        </CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        <FormField
          label="Search by teacher or credential"
          type="search"
          value={search}
          className="max-w-md"
          onChange={(event) => setSearch(event.target.value)}
        />
        <p role="status" aria-live="polite" className="text-sm text-foreground">
          {revokedName ? `Revoked: ${revokedName}.` : ""}
        </p>
        {!badges.isSuccess ? (
          <QueryState query={badges} loading="Loading the awarded badges…" />
        ) : badges.data.length === 0 ? (
          <p className="text-sm text-muted-foreground">
            {deferred === ""
              ? "No badges have been awarded yet."
              : `No badges match “${deferred}”.`}
          </p>
        ) : (
          <DataTable
            scrollLabel="Awarded badges"
            caption="Awarded badges, newest first"
            rows={badges.data}
            columns={[
              { header: "Teacher", className: "font-medium", cell: (badge) => badge.teacherName },
              {
                header: "Credential",
                cell: (badge) => (
                  <>
                    {badge.credentialName}{" "}
                    <span className="text-muted-foreground">(v{badge.version})</span>
                  </>
                ),
              },
              { header: "Awarded", cell: (badge) => formatDate(badge.awardedAt) },
              {
                header: "Status",
                cell: (badge) => (
                  <>
                    <Badge variant={standingBadge[badge.standing].variant}>
                      {standingBadge[badge.standing].label}
                    </Badge>
                    {badge.revokedReason ? (
                      <span className="mt-1 block text-xs text-muted-foreground">
                        {badge.revokedReason}
                      </span>
                    ) : null}
                  </>
                ),
              },
              {
                key: "actions",
                header: <span className="sr-only">Actions</span>,
                cell: (badge) =>
                  badge.standing === "revoked" ? null : (
                    <Button
                      variant="secondary"
                      size="sm"
                      onClick={() => {
                        revoke.reset();
                        setRevoking(badge);
                      }}
                    >
                      Revoke…
                      <span className="sr-only">
                        {" "}
                        {badge.credentialName} of {badge.teacherName}
                      </span>
                    </Button>
                  ),
              },
            ]}
          />
        )}
      </CardContent>
      <ReasonDialog
        open={revoking !== null}
        title={revoking ? `Revoke ${revoking.credentialName}?` : "Revoke"}
        explanation={
          revoking
            ? `${revoking.teacherName}'s badge will show as revoked to anyone who checks it. This cannot be undone.`
            : ""
        }
        hint="Kept with the badge's record for the district's staff; the badge's public page says only that it was revoked, and when."
        submitLabel="Revoke the badge"
        pendingLabel="Revoking…"
        cancelLabel="Keep it"
        pending={revoke.isPending}
        error={fieldError(revoke.error, "reason", { orGeneral: true })}
        onSubmit={(reason) => {
          if (revoking) revoke.mutate({ badgeId: revoking.id, reason });
        }}
        onClose={() => setRevoking(null)}
      />
    </Card>
  );
}
