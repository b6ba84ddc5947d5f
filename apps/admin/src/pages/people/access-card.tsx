import { useMutation, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { Badge } from "@throughline/ui/badge";
import { Button } from "@throughline/ui/button";
import { ConfirmDialog } from "@throughline/ui/confirm-dialog";
import { TitledCard } from "@throughline/ui/titled-card";
import { useState } from "react";
import { InvitePanel } from "./invite-panel.tsx";
import type { PersonDetail } from "./types.ts";

/** Whether the person can sign in, and the actions that change it. */
export function AccessCard({ person, isSelf }: { person: PersonDetail; isSelf: boolean }) {
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const setActive = useMutation(
    trpc.peopleAdmin.setActive.mutationOptions({
      onSuccess: async () => {
        setConfirming(false);
        await queryClient.invalidateQueries(trpc.peopleAdmin.pathFilter());
      },
    }),
  );
  const deactivating = person.active;
  return (
    <TitledCard title="Access" contentClassName="flex flex-col gap-4">
      <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm">
        <dt className="font-medium">Status</dt>
        <dd>
          {person.active ? (
            <Badge variant="success">Active</Badge>
          ) : (
            <Badge variant="neutral">Inactive</Badge>
          )}
        </dd>
        <dt className="font-medium">Sign-in</dt>
        <dd>{person.hasSignIn ? "Has a password" : "No password yet"}</dd>
      </dl>
      {person.active && !person.hasSignIn ? <InvitePanel person={person} /> : null}
      {isSelf ? null : (
        <div>
          <Button
            variant={deactivating ? "danger" : "secondary"}
            onClick={() => {
              setActive.reset();
              setConfirming(true);
            }}
          >
            {deactivating ? "Deactivate" : "Reactivate"}
          </Button>
        </div>
      )}
      <ConfirmDialog
        open={confirming}
        title={
          deactivating ? `Deactivate ${person.displayName}?` : `Reactivate ${person.displayName}?`
        }
        confirmLabel={deactivating ? "Deactivate" : "Reactivate"}
        pendingLabel={deactivating ? "Deactivating…" : "Reactivating…"}
        confirmVariant={deactivating ? "danger" : "primary"}
        pending={setActive.isPending}
        error={setActive.error?.message ?? null}
        onConfirm={() => setActive.mutate({ personId: person.id, active: !deactivating })}
        onClose={() => setConfirming(false)}
      >
        {deactivating ? (
          <p>
            They are signed out everywhere at once and cannot sign in. Their history (plans,
            progress, observations) stays, and you can reactivate them later.
          </p>
        ) : (
          <p>They can sign in again with their password and see their history.</p>
        )}
      </ConfirmDialog>
    </TitledCard>
  );
}
