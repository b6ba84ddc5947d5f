import { Brand } from "@throughline/ui/brand";
import { Button } from "@throughline/ui/button";
import { SkipLink } from "@throughline/ui/skip-link";
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
    <div className="flex min-h-dvh flex-col">
      <SkipLink />
      <header className="px-4 py-4 sm:px-6">
        <Brand appName={appName} />
      </header>
      <main
        id="main"
        tabIndex={-1}
        className="flex flex-1 items-start justify-center px-4 pt-8 pb-16 focus:outline-none sm:pt-16"
      >
        <div className="w-full max-w-lg rounded-[var(--radius-card)] border border-border bg-surface p-6 shadow-sm sm:p-8">
          <span className="flex size-12 items-center justify-center rounded-full bg-primary-soft text-primary">
            <Building2 aria-hidden="true" className="size-6" />
          </span>
          <h1 className="mt-4 text-2xl font-semibold tracking-tight text-foreground">
            Which district?
          </h1>
          <p className="mt-2 mb-6 text-base text-foreground">
            Your sign-in belongs to more than one district. Choose the one to open; you can switch
            later from My account.
          </p>
          <DistrictChoices trpc={trpc} />
          <div className="mt-8 flex justify-end border-t border-border pt-5">
            <Button variant="secondary" size="sm" onClick={onSignOut} disabled={signingOut}>
              <LogOut aria-hidden="true" />
              Sign out
            </Button>
          </div>
        </div>
      </main>
    </div>
  );
}
