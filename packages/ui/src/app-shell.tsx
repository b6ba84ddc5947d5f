import { LogOut, UserRound } from "lucide-react";
import type { ReactNode } from "react";
import { Link, matchPath, NavLink, useLocation } from "react-router";
import { Badge } from "./badge.tsx";
import { Brand } from "./brand.tsx";
import { Button } from "./button.tsx";
import { SkipLink } from "./skip-link.tsx";
import { cn } from "./utils.ts";

export type NavItem =
  | {
      label: string;
      to: string;
      end?: boolean;
      /** Other paths that belong to this section (a stage page belongs to "My path"). */
      alsoActiveUnder?: readonly string[];
      comingSoon?: false;
    }
  /** A section a later release fills: shown, but not a link, so nothing pretends to be there. */
  | { label: string; comingSoon: true };

export interface AppShellProps {
  appName: string;
  nav: readonly NavItem[];
  /** The signed-in person's name. */
  userName: string;
  /** A second line under the name, e.g. the district. */
  userDetail?: string;
  onSignOut: () => void;
  signingOut?: boolean;
  /** Controls shown before the user's name, e.g. the notification bell. */
  headerActions?: ReactNode;
  children: ReactNode;
}

/** Header with product and app name, the app's navigation, the user menu, and the main region. */
export function AppShell({
  appName,
  nav,
  userName,
  userDetail,
  onSignOut,
  signingOut = false,
  headerActions,
  children,
}: AppShellProps) {
  const { pathname } = useLocation();
  const inSection = (patterns: readonly string[] | undefined) =>
    (patterns ?? []).some((pattern) => matchPath({ path: pattern, end: false }, pathname) !== null);
  return (
    <div className="flex min-h-dvh flex-col">
      <SkipLink />
      <header className="border-b border-border bg-surface">
        <div className="mx-auto flex w-full max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-3 px-4 py-3 sm:px-6">
          <Link to="/" className="rounded-md no-underline">
            <Brand appName={appName} />
          </Link>
          <div className="flex items-center gap-3">
            {headerActions}
            {/* The user menu: the name (on a phone, the person icon) opens My account. */}
            <Link
              to="/account"
              title="My account: password and signed-in devices"
              className="flex items-center gap-2 rounded-md p-1.5 text-right no-underline hover:underline sm:p-0"
            >
              <UserRound aria-hidden="true" className="size-5 text-muted-foreground" />
              <span className="hidden flex-col leading-tight sm:flex">
                <span className="text-sm font-medium text-foreground">{userName}</span>
                {userDetail ? (
                  <span className="text-xs text-muted-foreground">{userDetail}</span>
                ) : null}
              </span>
              <span className="sr-only">My account</span>
            </Link>
            <Button
              variant="secondary"
              size="sm"
              onClick={onSignOut}
              disabled={signingOut}
              title={`Sign out ${userName}`}
            >
              <LogOut aria-hidden="true" />
              Sign out
            </Button>
          </div>
        </div>
        <nav aria-label="Main" className="mx-auto w-full max-w-6xl px-2 sm:px-4">
          <ul className="flex overflow-x-auto md:flex-wrap md:overflow-visible">
            {nav.map((item) => (
              <li key={item.label} className="shrink-0">
                {item.comingSoon ? (
                  <span className="flex items-center gap-1.5 border-b-2 border-transparent px-3 py-3 text-sm text-muted-foreground">
                    {item.label}
                    <Badge variant="neutral" className="px-2 py-0 text-[0.6875rem] font-medium">
                      Coming soon
                    </Badge>
                  </span>
                ) : (
                  <NavLink
                    to={item.to}
                    end={item.end}
                    className={({ isActive }) =>
                      cn(
                        "flex items-center border-b-2 px-3 py-3 text-sm font-medium no-underline transition-colors",
                        isActive || inSection(item.alsoActiveUnder)
                          ? "border-primary text-primary"
                          : "border-transparent text-foreground hover:border-input",
                      )
                    }
                  >
                    {item.label}
                  </NavLink>
                )}
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
        <div className="mx-auto w-full max-w-6xl px-4 py-8 sm:px-6">{children}</div>
      </main>
    </div>
  );
}
