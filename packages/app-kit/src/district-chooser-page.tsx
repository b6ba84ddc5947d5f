import { Button } from "@throughline/ui/button";
import { GatePage } from "@throughline/ui/gate-page";
import { Building2, LogOut } from "lucide-react";
import type { AppTrpc } from "./app-trpc.ts";
import { DistrictChoices } from "./district-choices.tsx";

interface DistrictChooserPageProps {
  appName: string;
  trpc: AppTrpc;
  onSignOut: () => void;
  signingOut: boolean;
}

/**
 * After signing in, for a sign-in that belongs to people in several districts (a regional coach,
 * a partner reviewer): which district this session opens.
 */
export function DistrictChooserPage({
  appName,
  trpc,
  onSignOut,
  signingOut,
}: DistrictChooserPageProps) {
  return (
    <GatePage
      appName={appName}
      icon={Building2}
      iconClassName="bg-primary-soft text-primary"
      title="Which district?"
    >
      <p className="mt-2 mb-6 text-base text-foreground">
        Your sign-in belongs to more than one district. Choose the one to open; you can switch later
        from My account.
      </p>
      <DistrictChoices trpc={trpc} />
      <div className="mt-8 flex justify-end border-t border-border pt-5">
        <Button variant="secondary" size="sm" onClick={onSignOut} disabled={signingOut}>
          <LogOut aria-hidden="true" />
          Sign out
        </Button>
      </div>
    </GatePage>
  );
}
