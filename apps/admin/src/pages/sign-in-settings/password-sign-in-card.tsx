import { useMutation, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import type { SsoSettingsView } from "@throughline/domain/sso";
import { Alert } from "@throughline/ui/alert";
import { CheckboxField } from "@throughline/ui/checkbox-field";
import { fieldError } from "@throughline/ui/field-error";
import { TitledCard } from "@throughline/ui/titled-card";

/** Whether the district's people may still sign in with a password. */
export function PasswordSignInCard({ settings }: { settings: SsoSettingsView }) {
  const queryClient = useQueryClient();
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
      <CheckboxField
        label="Allow password sign-in"
        hint={
          hasProvider
            ? "When off, people of this district sign in only through your identity provider."
            : "Set up an identity provider first: it can only be turned off once single sign-on is saved."
        }
        error={error}
        checked={settings.passwordSignIn}
        disabled={save.isPending || (!hasProvider && settings.passwordSignIn)}
        onChange={(allowed) => save.mutate({ allowed })}
      />
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
