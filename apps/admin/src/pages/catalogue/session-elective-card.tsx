import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryView } from "@throughline/app-kit/query-view";
import type { GradeBand, Subject } from "@throughline/domain/catalogue";
import { Alert } from "@throughline/ui/alert";
import { CheckboxField } from "@throughline/ui/checkbox-field";
import { fieldError, formError } from "@throughline/ui/field-error";
import { FormAlert } from "@throughline/ui/form-alert";
import { PendingButton } from "@throughline/ui/pending-button";
import { TitledCard } from "@throughline/ui/titled-card";
import { type FormEvent, useState } from "react";
import { AudienceFieldsets } from "./audience-fieldsets.tsx";

interface Catalogue {
  elective: boolean;
  gradeBands: GradeBand[];
  subjects: Subject[];
}

/**
 * Whether the session is in the district's elective catalogue, and the grade bands and subjects
 * it suits: its own small form with its own save, beside the session's content editor.
 */
export function SessionElectiveCard({
  sessionId,
  canEdit,
}: {
  sessionId: string;
  canEdit: boolean;
}) {
  const query = useQuery(trpc.catalogueAdmin.session.queryOptions({ sessionId }));
  return (
    <TitledCard
      title="Elective catalogue"
      description="An elective session is in the teachers' catalogue: any teacher of the district may take it without a cohort, and it counts toward their PD hours."
      className="mb-6"
    >
      <QueryView query={query} about="the catalogue settings" headingLevel={3} placement="card">
        {(saved) => (
          <ElectiveForm key={sessionId} sessionId={sessionId} saved={saved} canEdit={canEdit} />
        )}
      </QueryView>
    </TitledCard>
  );
}

function ElectiveForm({
  sessionId,
  saved,
  canEdit,
}: {
  sessionId: string;
  saved: Catalogue;
  canEdit: boolean;
}) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Catalogue>(saved);
  const [done, setDone] = useState(false);
  const save = useMutation(
    trpc.catalogueAdmin.saveSession.mutationOptions({
      onSuccess: (stored) => {
        if (stored) {
          queryClient.setQueryData(trpc.catalogueAdmin.session.queryKey({ sessionId }), stored);
        }
        setDone(true);
      },
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    save.mutate({ sessionId, ...draft });
  };
  return (
    <form onSubmit={submit} className="flex flex-col gap-4">
      <CheckboxField
        label="Elective"
        hint="Show this session in the catalogue for every teacher of the district."
        checked={draft.elective}
        disabled={!canEdit}
        error={fieldError(save.error, "elective")}
        onChange={(elective) => setDraft({ ...draft, elective })}
      />
      <AudienceFieldsets
        audience={draft}
        onChange={({ gradeBands, subjects }) => setDraft({ ...draft, gradeBands, subjects })}
        gradeBandsError={fieldError(save.error, "gradeBands", { nested: true })}
        subjectsError={fieldError(save.error, "subjects", { nested: true })}
      />
      <FormAlert message={formError(save.error, ["elective", "gradeBands", "subjects"])} />
      <div aria-live="polite">
        {done ? (
          <Alert variant="success">
            {draft.elective
              ? "Saved: the session is in the catalogue."
              : "Saved: the session is not in the catalogue."}
          </Alert>
        ) : null}
      </div>
      {canEdit ? (
        <PendingButton
          type="submit"
          className="self-start"
          pending={save.isPending}
          pendingLabel="Saving…"
        >
          Save catalogue settings
        </PendingButton>
      ) : null}
    </form>
  );
}
