import { useMutation, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { fieldError } from "@throughline/ui/field-error";
import { FormCard } from "@throughline/ui/form-card";
import { FormField } from "@throughline/ui/form-field";
import { TextAreaField } from "@throughline/ui/text-area-field";
import { useState } from "react";
import { SaveFooter } from "../../lib/save-footer.tsx";

/** Proposes a partnership to another district of this installation, named by its short name. */
export function ProposeForm({ ownShortName }: { ownShortName: string }) {
  const queryClient = useQueryClient();
  const [partnerSlug, setPartnerSlug] = useState("");
  const [note, setNote] = useState("");
  const propose = useMutation(
    trpc.partnerships.propose.mutationOptions({
      onSuccess: () => {
        setPartnerSlug("");
        setNote("");
        return queryClient.invalidateQueries(trpc.partnerships.overview.queryFilter());
      },
    }),
  );
  return (
    <FormCard
      title="Propose a partnership"
      description={`Partner districts can lend each other certified reviewers. The other district's administrator accepts the partnership; either of you can end it. Your district's short name, for a partner to propose to you, is ${ownShortName}.`}
      onSubmit={() => propose.mutate({ partnerSlug, note })}
    >
      <FormField
        label="District short name"
        hint="The short name the other district's administrator gives you, e.g. cedar-ridge."
        value={partnerSlug}
        autoComplete="off"
        error={fieldError(propose.error, "partnerSlug")}
        onChange={(event) => {
          propose.reset();
          setPartnerSlug(event.target.value);
        }}
      />
      <TextAreaField
        label="Note to the other district (optional)"
        rows={2}
        value={note}
        error={fieldError(propose.error, "note")}
        onChange={(event) => setNote(event.target.value)}
      />
      <SaveFooter
        save={propose}
        label="Propose partnership"
        pendingLabel="Proposing…"
        savedTitle={propose.data ? `Proposed to ${propose.data.partnerName}` : "Proposed"}
        savedMessage="Their administrator sees it on this page and accepts it."
        failedTitle="The partnership was not proposed"
      />
    </FormCard>
  );
}
