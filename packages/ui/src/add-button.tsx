import { Plus } from "lucide-react";
import type { ComponentProps } from "react";
import { Button } from "./button.tsx";

/** The button under a list that adds one more item to it ("Add a level"), with its plus sign. */
export function AddButton({
  children,
  variant = "secondary",
  ...props
}: ComponentProps<typeof Button>) {
  return (
    <Button variant={variant} {...props}>
      <Plus aria-hidden="true" />
      {children}
    </Button>
  );
}
