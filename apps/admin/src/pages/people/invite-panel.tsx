import { useMutation, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { Alert } from "@throughline/ui/alert";
import { Button } from "@throughline/ui/button";
import { formatDateTime } from "@throughline/ui/format";
import { Input } from "@throughline/ui/input";
import { Label } from "@throughline/ui/label";
import { Copy, Link2 } from "lucide-react";
import { useId, useState } from "react";
import type { PersonDetail } from "./types.ts";

/**
 * Makes a one-time link for the person to set their password. The link is shown here once (only
 * its hash is kept), for the admin to copy into a message; a new link replaces the old one.
 */
export function InvitePanel({ person }: { person: PersonDetail }) {
  const queryClient = useQueryClient();
  const linkId = useId();
  const [copied, setCopied] = useState<"copied" | "failed" | null>(null);
  const invite = useMutation(
    trpc.peopleAdmin.invite.mutationOptions({
      onSuccess: async () => {
        setCopied(null);
        await queryClient.invalidateQueries(trpc.peopleAdmin.detail.queryFilter());
      },
    }),
  );
  const copy = async (url: string) => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied("copied");
    } catch {
      setCopied("failed");
    }
  };
  return (
    <div className="flex flex-col gap-3 rounded-md border border-border p-4">
      <p className="text-sm">
        {person.openInvite && !invite.data
          ? `An invite link was made and works until ${formatDateTime(person.openInvite.expiresAt)}. Links are shown once: make a new one if it was lost (the old one stops working).`
          : "They need an invite link to set their password."}
      </p>
      {invite.data ? (
        <div className="flex flex-col gap-2">
          <Label htmlFor={linkId}>Invite link (shown once)</Label>
          <div className="flex flex-col items-start gap-2">
            <Input
              id={linkId}
              readOnly
              value={invite.data.url}
              onFocus={(event) => event.currentTarget.select()}
              aria-describedby={`${linkId}-expiry`}
            />
            <Button type="button" variant="secondary" onClick={() => void copy(invite.data.url)}>
              <Copy aria-hidden="true" />
              Copy
            </Button>
          </div>
          <p id={`${linkId}-expiry`} className="text-sm text-muted-foreground">
            Works once, until {formatDateTime(invite.data.expiresAt)}.
          </p>
          <p aria-live="polite" className="text-sm font-medium">
            {copied === "copied"
              ? "Copied."
              : copied === "failed"
                ? "Copying did not work here: select the link and copy it."
                : ""}
          </p>
        </div>
      ) : null}
      {invite.isError ? <Alert variant="error">{invite.error.message}</Alert> : null}
      <div>
        <Button
          type="button"
          disabled={invite.isPending}
          onClick={() => invite.mutate({ personId: person.id })}
        >
          <Link2 aria-hidden="true" />
          {invite.isPending
            ? "Creating…"
            : person.openInvite || invite.data
              ? "Create a new invite link"
              : "Create invite link"}
        </Button>
      </div>
    </div>
  );
}
