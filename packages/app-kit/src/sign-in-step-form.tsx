import { Button } from "@throughline/ui/button";
import type { FormHTMLAttributes, ReactNode } from "react";

/**
 * One step of signing in (email, single sign-on, password) as its own form: busy while it asks,
 * the step's failure first, where a screen reader meets it, and after the email step the
 * address being signed in, with the way back to change it.
 */
export function SignInStepForm({
  busy,
  alert,
  signingInAs,
  children,
  ...form
}: FormHTMLAttributes<HTMLFormElement> & {
  busy: boolean;
  alert: ReactNode;
  signingInAs?: { email: string; change: () => void };
}) {
  return (
    <form {...form} aria-busy={busy || undefined} className="mt-6 flex flex-col gap-5">
      {alert}
      {signingInAs ? (
        <div className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-border bg-muted px-3 py-2 text-sm">
          <span className="font-medium break-all text-foreground">{signingInAs.email}</span>
          <Button type="button" variant="link" onClick={signingInAs.change} disabled={busy}>
            Change<span className="sr-only"> email address</span>
          </Button>
        </div>
      ) : null}
      {children}
    </form>
  );
}
