import { useMutation, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import type { SsoSettingsView } from "@throughline/domain/sso";
import { Alert } from "@throughline/ui/alert";
import { fieldError } from "@throughline/ui/field-error";
import { FieldMessage } from "@throughline/ui/field-message";
import { TitledCard } from "@throughline/ui/titled-card";
import { useId } from "react";

/** Whether the district's people may still sign in with a password. */
export function PasswordSignInCard({ settings }: { settings: SsoSettingsView }) {
  const queryClient = useQueryClient();
  const id = useId();
  const save = useMutation(
    trpc.ssoSettings.setPasswordSignIn.mutationOptions({
      onSuccess: (saved) => queryClient.setQueryData(trpc.ssoSettings.get.queryKey(), saved),
    }),
  );
  const error = fieldError(save.error, "allowed", { orGeneral: true });
  const hasProvider = settings.provider !== null;
  return (
    <TitledCard
      title="Passwords"
      description="With single sign-on working, you can require it: nobody in the district signs in with a password, and forgotten passwords stop being your problem."
      contentClassName="flex flex-col gap-3"
    >
      <div className="flex items-start gap-3">
        <input
          id={id}
          type="checkbox"
          className="mt-1 size-4 accent-primary"
          checked={settings.passwordSignIn}
          disabled={save.isPending || (!hasProvider && settings.passwordSignIn)}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
          onChange={(event) => save.mutate({ allowed: event.target.checked })}
        />
        <div className="flex flex-col gap-1">
          <label htmlFor={id} className="font-medium text-foreground">
            Allow password sign-in
          </label>
          <p id={`${id}-hint`} className="text-sm text-muted-foreground">
            {hasProvider
              ? "When off, people of this district sign in only through your identity provider."
              : "Set up an identity provider first: it can only be turned off once single sign-on is saved."}
          </p>
        </div>
      </div>
      <FieldMessage id={`${id}-error`} message={error} />
      <div role="status" aria-live="polite">
        {save.isSuccess ? (
          <Alert
            variant="success"
            title={settings.passwordSignIn ? "Passwords allowed" : "Passwords turned off"}
          >
            {settings.passwordSignIn
              ? "People may sign in with a password or with single sign-on."
              : "People of this district now sign in only with single sign-on."}
          </Alert>
        ) : null}
      </div>
    </TitledCard>
  );
}
