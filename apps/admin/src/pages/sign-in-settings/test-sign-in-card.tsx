import { useMutation } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { Alert } from "@throughline/ui/alert";
import { MutationButton } from "@throughline/ui/pending-button";
import { TitledCard } from "@throughline/ui/titled-card";
import { CircleCheck, CircleX } from "lucide-react";

/** Asks the saved provider what a sign-in would, and lists each step with what failed. */
export function TestSignInCard() {
  const test = useMutation(trpc.ssoSettings.test.mutationOptions());
  return (
    <TitledCard
      title="Test sign-in"
      description="Checks the saved provider the way a sign-in would use it, without signing anyone in."
      contentClassName="flex flex-col gap-4"
    >
      <MutationButton
        variant="secondary"
        className="self-start"
        mutation={test}
        pendingLabel="Testing…"
      >
        Test sign-in
      </MutationButton>
      <div role="status" aria-live="polite" className="flex flex-col gap-3">
        {test.data ? (
          <>
            <Alert
              variant={test.data.ok ? "success" : "error"}
              title={test.data.ok ? "Every check passed" : "Sign-in would fail"}
            >
              {test.data.ok
                ? "Try it yourself: sign out, or open a private window, and sign in with a district address."
                : "Fix what is marked below, save, and test again."}
            </Alert>
            <ul className="flex flex-col gap-2">
              {test.data.checks.map((check) => (
                <li key={check.name} className="flex items-start gap-2 text-sm">
                  {check.ok ? (
                    <CircleCheck
                      aria-hidden="true"
                      className="mt-0.5 size-4 shrink-0 text-success"
                    />
                  ) : (
                    <CircleX aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-danger" />
                  )}
                  <span>
                    <span className="font-medium">
                      {check.name}: {check.ok ? "passed" : "failed"}.
                    </span>{" "}
                    {check.message}
                  </span>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {test.isError ? (
          <Alert variant="error" title="The test could not run">
            {test.error.message}
          </Alert>
        ) : null}
      </div>
    </TitledCard>
  );
}
