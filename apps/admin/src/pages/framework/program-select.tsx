import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { SelectField } from "@throughline/ui/select-field";
import type { ChangeEvent } from "react";

/**
 * Which of the district's programs an indicator or micro-credential belongs to; "" stands for
 * none, i.e. all programs. Archived programs take nothing new, but the one already chosen stays
 * listed so that saving an older row does not move it.
 */
export function ProgramSelect(props: {
  value: string;
  disabled: boolean;
  error: string | null | undefined;
  onChange: (event: ChangeEvent<HTMLSelectElement>) => void;
}) {
  const programs = useQuery(trpc.programs.list.queryOptions());
  const choices = (programs.data?.programs ?? []).filter(
    (program) => !program.archived || program.id === props.value,
  );
  return (
    <SelectField
      label="Program"
      value={props.value}
      disabled={props.disabled || programs.isPending}
      error={props.error}
      onChange={props.onChange}
    >
      <option value="">All programs</option>
      {choices.map((program) => (
        <option key={program.id} value={program.id}>
          {program.archived ? `${program.title} (archived)` : program.title}
        </option>
      ))}
    </SelectField>
  );
}
