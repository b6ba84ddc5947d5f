import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { fieldError } from "@throughline/ui/field-error";
import { FieldMessage } from "@throughline/ui/field-message";
import { FormCard } from "@throughline/ui/form-card";
import { Input } from "@throughline/ui/input";
import { Label } from "@throughline/ui/label";
import { useId, useState } from "react";
import { SaveFooter } from "../../lib/save-footer.tsx";

/** The district's name as people see it, e.g. to turn the demo district into the real one. */
export function DistrictNameCard() {
  const current = useQuery(trpc.reminderSettings.districtName.queryOptions());
  if (current.isPending || current.isError) return null;
  return <DistrictNameForm name={current.data.name} />;
}

function DistrictNameForm({ name: saved }: { name: string }) {
  const queryClient = useQueryClient();
  const fieldId = useId();
  const [name, setName] = useState(saved);
  const rename = useMutation(
    trpc.reminderSettings.rename.mutationOptions({
      onSuccess: (result) => {
        setName(result.name);
        queryClient.setQueryData(trpc.reminderSettings.districtName.queryKey(), result);
        void queryClient.invalidateQueries({ queryKey: trpc.viewer.me.queryKey() });
      },
    }),
  );
  const submit = () => {
    rename.mutate({ name });
  };
  const error = fieldError(rename.error, "name");
  const busy = rename.isPending;

  return (
    <FormCard
      title="District name"
      description="How the district is named in every app and email. Links people already have keep working."
      onSubmit={submit}
      className="gap-3"
    >
      <div className="flex flex-col gap-2">
        {/* Not "name": the breaks form on this page has a field labelled Name. */}
        <Label htmlFor={fieldId}>District</Label>
        <Input
          id={fieldId}
          className="w-full max-w-sm"
          value={name}
          disabled={busy}
          autoComplete="organization"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${fieldId}-error` : undefined}
          onChange={(event) => {
            rename.reset();
            setName(event.target.value);
          }}
        />
        <FieldMessage id={`${fieldId}-error`} message={error} />
      </div>
      <SaveFooter
        save={rename}
        label="Save the name"
        savedTitle="Name saved"
        savedMessage={<>The district is now called {rename.data?.name}.</>}
        failedTitle="The name was not saved"
      />
    </FormCard>
  );
}
