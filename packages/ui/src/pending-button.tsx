import type { ComponentProps, ReactNode } from "react";
import { Button } from "./button.tsx";

/**
 * A button that starts something on the server (a mutation): it cannot be pressed again while
 * that runs, and says what is happening (`pendingLabel`, e.g. "Saving…") when it has words for it.
 */
export function PendingButton({
  pending,
  pendingLabel,
  disabled,
  children,
  ...props
}: ComponentProps<typeof Button> & {
  /** The action is running, e.g. `mutation.isPending`. */
  pending: boolean;
  pendingLabel?: ReactNode;
}) {
  return (
    <Button disabled={pending || disabled} {...props}>
      {pending && pendingLabel ? pendingLabel : children}
    </Button>
  );
}

/** A `PendingButton` that runs a mutation which needs no input, e.g. "Test sign-in". */
export function MutationButton({
  mutation,
  ...props
}: Omit<ComponentProps<typeof PendingButton>, "pending" | "onClick"> & {
  mutation: { isPending: boolean; mutate: () => void };
}) {
  return (
    <PendingButton pending={mutation.isPending} onClick={() => mutation.mutate()} {...props} />
  );
}
