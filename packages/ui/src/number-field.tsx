import type { ComponentProps } from "react";
import { FormField } from "./form-field.tsx";

/**
 * A number field with the number keyboard on phones: whole numbers, or `inputMode="decimal"`
 * where a fraction is allowed (e.g. 1.5 hours). `min`, `max` and `step` say the range.
 */
export function NumberField({
  inputMode = "numeric",
  ...props
}: Omit<ComponentProps<typeof FormField>, "type" | "inputMode"> & {
  inputMode?: "numeric" | "decimal";
}) {
  return <FormField type="number" inputMode={inputMode} {...props} />;
}
