import type { InputHTMLAttributes, ReactNode } from "react";
import { cn } from "./utils.ts";

/**
 * A radio button or checkbox drawn as a large bordered choice that fills in when chosen: the
 * whole pill is the label, so a thumb on a phone hits it, and the focus ring shows on the pill.
 * `align="start"` keeps the input beside the first line of a choice whose text wraps.
 */
export function ChoicePill({
  children,
  align = "center",
  className,
  ...input
}: InputHTMLAttributes<HTMLInputElement> & {
  children: ReactNode;
  align?: "center" | "start";
}) {
  return (
    <label
      className={cn(
        "flex min-h-12 cursor-pointer gap-2 rounded-md border border-input px-3 py-2 text-sm has-checked:border-primary has-checked:bg-primary-soft has-focus-visible:ring-2 has-focus-visible:ring-ring",
        align === "start" ? "items-start" : "items-center",
        className,
      )}
    >
      <input
        type="radio"
        {...input}
        className={cn("size-5 shrink-0 accent-primary", align === "start" && "mt-0.5")}
      />
      {children}
    </label>
  );
}
