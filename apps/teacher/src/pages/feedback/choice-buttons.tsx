import { cn } from "@throughline/ui/utils";
import { useId } from "react";

interface ChoiceButtonsProps<T extends string | number> {
  legend: string;
  options: ReadonlyArray<{ value: T; label: string }>;
  value: T | null;
  onChoose: (value: T) => void;
  disabled?: boolean;
}

/**
 * One question answered with one tap: a radio group drawn as a row of large buttons, so it is a
 * native radio group for the keyboard and screen readers (arrows move, the legend is read) and a
 * thumb-sized target on a phone.
 */
export function ChoiceButtons<T extends string | number>({
  legend,
  options,
  value,
  onChoose,
  disabled,
}: ChoiceButtonsProps<T>) {
  const name = useId();
  return (
    <fieldset className="flex flex-col gap-2" disabled={disabled}>
      <legend className="mb-2 text-base font-medium">{legend}</legend>
      <div
        className="grid gap-2"
        style={{ gridTemplateColumns: `repeat(${options.length}, minmax(0, 1fr))` }}
      >
        {options.map((option) => (
          <label
            key={option.value}
            className={cn(
              "flex min-h-12 cursor-pointer items-center justify-center rounded-md border border-input bg-surface px-2 py-2 text-center text-sm font-medium shadow-sm hover:bg-muted",
              // A chosen answer keeps its colours under a pointer too (a phone's tap leaves hover on).
              "has-[:checked]:border-primary has-[:checked]:bg-primary has-[:checked]:text-primary-foreground has-[:checked]:hover:bg-primary-hover",
              "has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-ring",
            )}
          >
            <input
              type="radio"
              className="sr-only"
              name={name}
              value={String(option.value)}
              checked={value === option.value}
              onChange={() => onChoose(option.value)}
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
