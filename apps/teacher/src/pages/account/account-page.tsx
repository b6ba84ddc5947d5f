import { AccountPage as SharedAccountPage } from "@throughline/ui/account-page";
import { changePassword, trpc } from "../../lib/trpc.ts";

/** My account: change password and signed-in devices (shared by the three apps). */
export function AccountPage() {
  return <SharedAccountPage trpc={trpc} changePassword={changePassword} />;
}
