import type { ComponentProps } from "react";
import { FormField } from "./form-field.tsx";

/** A web address field: the URL keyboard on phones, "https://" as its placeholder. */
export function UrlField(props: Omit<ComponentProps<typeof FormField>, "type" | "inputMode">) {
  return <FormField type="url" inputMode="url" placeholder="https://" {...props} />;
}
