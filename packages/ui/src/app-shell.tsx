import { LogOut, UserRound } from "lucide-react";
import { type FocusEvent, type ReactNode, useEffect, useRef } from "react";
import { Link, matchPath, NavLink, useLocation } from "react-router";
import { Badge } from "./badge.tsx";
import { Brand } from "./brand.tsx";
import { Button } from "./button.tsx";
import { SkipLink } from "./skip-link.tsx";
import { useFocusHeadingOnNavigate } from "./use-focus-heading-on-navigate.ts";
import { useScrollEdges } from "./use-scroll-edges.ts";
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

interface AppShellProps {
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
  const main = useRef<HTMLElement>(null);
  const tabs = useRef<HTMLUListElement>(null);
  const edges = useScrollEdges(tabs);
  useFocusHeadingOnNavigate(main);
  // On a phone the tab bar scrolls: keep the current section's tab in sight after each change.
  // Measured in the next frame, not in the render that drew the page: read here, the sizes would
  // force the whole page's layout inside that render's task on a slow phone.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the effect reads the DOM, and must run again when the route changes
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      const list = tabs.current;
      const current = list?.querySelector('[aria-current="page"]');
      if (!list || !current || list.scrollWidth <= list.clientWidth) return;
      const listBox = list.getBoundingClientRect();
      const tabBox = current.getBoundingClientRect();
      list.scrollLeft += tabBox.left - listBox.left - (listBox.width - tabBox.width) / 2;
    });
    return () => cancelAnimationFrame(frame);
  }, [pathname]);
  const inSection = (patterns: readonly string[] | undefined) =>
    (patterns ?? []).some((pattern) => matchPath({ path: pattern, end: false }, pathname) !== null);
  return (
    <div className="flex min-h-dvh flex-col">
      <SkipLink />
      {/* A printed page is the page's content alone: no account bar, no tabs. */}
      <header className="border-b border-border bg-surface print:hidden">
        {/* One line on a phone: the mark stands for the product name, the name moves off. */}
        <div className="mx-auto flex w-full max-w-6xl flex-wrap items-center justify-between gap-x-3 gap-y-3 px-4 py-3 sm:gap-x-6 sm:px-6">
          <Link to="/" className="rounded-md no-underline">
            <Brand appName={appName} compact />
          </Link>
          <div className="flex items-center gap-2 sm:gap-3">
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
              <span className="sr-only sm:not-sr-only">Sign out</span>
            </Button>
          </div>
        </div>
        <nav
          aria-label="Main"
          data-overflow-start={edges.start}
          data-overflow-end={edges.end}
          className="relative mx-auto w-full max-w-6xl px-2 sm:px-4"
        >
          {/* Scrolls sideways below md; a tab reached by keyboard scrolls clear of the fades. */}
          <ul
            ref={tabs}
            onFocus={revealFocusedTab}
            className="flex scroll-px-10 overflow-x-auto md:flex-wrap md:overflow-visible"
          >
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
                        // Inside the tab: the scrolling bar clips anything drawn outside it.
                        "focus-visible:-outline-offset-3",
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
          <ScrollFade side="start" shown={edges.start} />
          <ScrollFade side="end" shown={edges.end} />
        </nav>
      </header>
      <main id="main" ref={main} tabIndex={-1} className="flex-1 focus:outline-none">
        <div className="mx-auto w-full max-w-6xl px-4 py-8 sm:px-6 print:max-w-none print:p-0">
          {children}
        </div>
      </main>
    </div>
  );
}

function revealFocusedTab(event: FocusEvent<HTMLUListElement>) {
  event.target.scrollIntoView({ block: "nearest", inline: "nearest" });
}

/** The fade at an edge of the tab bar that hides more tabs: the cue that it scrolls. */
function ScrollFade({ side, shown }: { side: "start" | "end"; shown: boolean }) {
  return (
    <span
      aria-hidden="true"
      className={cn(
        "pointer-events-none absolute inset-y-0 w-10 from-surface to-transparent transition-opacity md:hidden",
        side === "start" ? "left-0 bg-linear-to-r" : "right-0 bg-linear-to-l",
        shown ? "opacity-100" : "opacity-0",
      )}
    />
  );
}
