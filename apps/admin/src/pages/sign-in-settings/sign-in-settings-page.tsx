import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryState } from "@throughline/app-kit/query-state";
import { PageHeader } from "@throughline/ui/page-header";
import { MutationButton } from "@throughline/ui/pending-button";
import { DistrictAdminPage } from "../../lib/district-admin.tsx";
import { PasswordSignInCard } from "./password-sign-in-card.tsx";
import { ProviderForm } from "./provider-form.tsx";
import { ServiceProviderCard } from "./service-provider-card.tsx";
import { TestSignInCard } from "./test-sign-in-card.tsx";

/** A district admin connects the district's identity provider and decides about passwords. */
export function SignInSettingsPage() {
  return (
    <DistrictAdminPage
      header={
        <PageHeader
          title="Sign-in"
          description="Single sign-on with your district's identity provider (Google Workspace, Microsoft, Clever, ClassLink, any OpenID Connect or SAML 2.0 provider), and whether passwords still work."
        />
      }
      notice="Only district admins set up how people sign in. Ask your district's administrator."
    >
      <SignInSettings />
    </DistrictAdminPage>
  );
}

function SignInSettings() {
  const queryClient = useQueryClient();
  const settings = useQuery(trpc.ssoSettings.get.queryOptions());
  const remove = useMutation(
    trpc.ssoSettings.remove.mutationOptions({
      onSuccess: (saved) => queryClient.setQueryData(trpc.ssoSettings.get.queryKey(), saved),
    }),
  );
  if (!settings.isSuccess) {
    return (
      <QueryState
        query={settings}
        loading="Loading the sign-in settings…"
        errorTitle="We could not load the sign-in settings"
      />
    );
  }
  const { provider } = settings.data;
  return (
    <div className="flex flex-col gap-6">
      <ProviderForm settings={settings.data} />
      <ServiceProviderCard
        details={settings.data.serviceProvider}
        protocol={provider?.protocol ?? "oidc"}
      />
      {provider ? <TestSignInCard /> : null}
      <PasswordSignInCard settings={settings.data} />
      {provider ? (
        <div className="flex flex-col gap-2">
          <MutationButton variant="danger" className="self-start" mutation={remove}>
            Remove the identity provider
          </MutationButton>
          <p className="text-sm text-muted-foreground">
            Everyone signs in with a password again; people without one ask for an invitation.
          </p>
        </div>
      ) : null}
    </div>
  );
}
