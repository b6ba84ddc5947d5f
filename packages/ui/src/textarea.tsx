import type { ComponentProps } from "react";
import { cn } from "./utils.ts";

/** A multi-line text box styled like `Input`. */
export function Textarea({ className, ...props }: ComponentProps<"textarea">) {
  return (
    <textarea
      className={cn(
        "block w-full rounded-md border border-input bg-surface px-3 py-2 text-base text-foreground shadow-xs",
        "placeholder:text-muted-foreground disabled:cursor-not-allowed disabled:bg-muted disabled:opacity-70",
        "aria-invalid:border-danger aria-invalid:ring-1 aria-invalid:ring-danger",
        className,
      )}
      {...props}
    />
  );
}
