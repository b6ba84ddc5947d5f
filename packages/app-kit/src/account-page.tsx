import { useQueryClient } from "@tanstack/react-query";
import { PageHeader } from "@throughline/ui/page-header";
import type { AppTrpc } from "./app-trpc.ts";
import { ChangePasswordForm, type ChangePasswordFormProps } from "./change-password-form.tsx";
import { DistrictSwitchCard } from "./district-switch-card.tsx";
import { SignedInDevices } from "./signed-in-devices.tsx";

export interface AccountPageProps {
  trpc: AppTrpc;
  changePassword: ChangePasswordFormProps["changePassword"];
}

/** My account, the same in every app: change password, signed-in devices and districts. */
export function AccountPage({ trpc, changePassword }: AccountPageProps) {
  const queryClient = useQueryClient();
  return (
    <>
      <PageHeader title="My account" description="Your password and where you are signed in." />
      <div className="flex flex-col gap-6">
        <ChangePasswordForm
          changePassword={changePassword}
          onChanged={() => void queryClient.invalidateQueries(trpc.account.sessions.queryFilter())}
        />
        <SignedInDevices trpc={trpc} />
        <DistrictSwitchCard trpc={trpc} />
      </div>
    </>
  );
}
