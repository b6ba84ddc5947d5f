import { FormField } from "@throughline/ui/form-field";

interface DateRangeFieldsProps {
  from: string;
  to: string;
  /** The server's messages for the dates, next to the field they name. */
  errors: { from: string | null; to: string | null };
  /** Only the day that changed. */
  onChange: (patch: { from: string } | { to: string }) => void;
}

/**
 * The From and To days of a report's period. Clearing a day keeps the one before: a period
 * always has both ends.
 */
export function DateRangeFields({ from, to, errors, onChange }: DateRangeFieldsProps) {
  return (
    <>
      <FormField
        label="From"
        type="date"
        value={from}
        error={errors.from}
        onChange={(event) => {
          if (event.target.value) onChange({ from: event.target.value });
        }}
      />
      <FormField
        label="To"
        type="date"
        value={to}
        error={errors.to}
        onChange={(event) => {
          if (event.target.value) onChange({ to: event.target.value });
        }}
      />
    </>
  );
}
