import { Alert } from "@throughline/ui/alert";
import { draftField } from "@throughline/ui/draft-field";
import type { ApiErrorLike } from "@throughline/ui/field-error";
import { fieldError } from "@throughline/ui/field-error";
import { FormField } from "@throughline/ui/form-field";
import { PendingButton } from "@throughline/ui/pending-button";
import { type FormEvent, type ReactNode, useState } from "react";
import { type RoleDraft, RolesEditor } from "./roles-editor.tsx";
import type { PeopleOptions } from "./types.ts";

interface PersonDraft {
  displayName: string;
  email: string;
  roles: RoleDraft[];
}

/** The draft as the API takes it: an empty school choice means "no school". */
export function personInput(draft: PersonDraft) {
  return {
    displayName: draft.displayName,
    email: draft.email,
    roles: draft.roles.map((entry) => ({ role: entry.role, schoolId: entry.schoolId || null })),
  };
}

/** Name, email and roles, for a new person or an existing one. */
export function PersonForm({
  initial,
  options,
  submitLabel,
  pendingLabel,
  save,
  failedTitle,
  onSubmit,
  cancel,
}: {
  initial: PersonDraft;
  options: PeopleOptions;
  submitLabel: string;
  pendingLabel: string;
  /** The mutation that saves: its state, and `reset` on every change to clear a stale message. */
  save: { isPending: boolean; error: ApiErrorLike | null; reset: () => void };
  failedTitle: string;
  onSubmit: (draft: PersonDraft) => void;
  cancel?: ReactNode;
}) {
  const [draft, setDraft] = useState<PersonDraft>(initial);
  const { isPending: pending, error } = save;
  const change = (patch: Partial<PersonDraft>) => {
    save.reset();
    setDraft({ ...draft, ...patch });
  };
  const errorOf = (path: string) => fieldError(error, path);
  const field = draftField({ draft, disabled: pending, errorOf, onChange: change });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(draft);
  };
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-6">
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField label="Name" autoComplete="off" {...field("displayName")} />
        <FormField
          label="Email"
          type="email"
          autoComplete="off"
          hint="They sign in with it. One person per email in the district."
          {...field("email")}
        />
      </div>
      <RolesEditor
        roles={draft.roles}
        options={options}
        disabled={pending}
        errorOf={errorOf}
        onChange={(roles) => change({ roles })}
      />
      {error ? (
        <Alert variant="error" title={failedTitle}>
          {error.data?.fieldErrors ? "Check the fields marked above." : error.message}
        </Alert>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <PendingButton type="submit" pending={pending} pendingLabel={pendingLabel}>
          {submitLabel}
        </PendingButton>
        {cancel}
      </div>
    </form>
  );
}
