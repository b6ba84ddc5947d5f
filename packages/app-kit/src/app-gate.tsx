import type { AppAccess } from "@throughline/domain/rules/access-scope";
import { AccessDenied, type AppLink } from "@throughline/ui/access-denied";
import { type AppKey, appHref, appKeys, throughlineApps } from "@throughline/ui/apps";
import { Brand } from "@throughline/ui/brand";
import { DistrictTimeZone } from "@throughline/ui/district-time-zone";
import { ErrorState } from "@throughline/ui/error-state";
import { FullPageLoading } from "@throughline/ui/loading";
import { type ReactNode, useState } from "react";
import { SignInPage } from "./sign-in-page.tsx";

/** The gate shows the API's decision, made by the one set of access rules the server uses. */
export type { AppAccess } from "@throughline/domain/rules/access-scope";

/** What the gate needs to know about the signed-in person (the API's `viewer.me` has more). */
export interface GateViewer {
  person: { displayName: string };
  /** Every date in the app is written in the district's zone. */
  district: { timeZone: string };
  access: Record<AppKey, AppAccess>;
}

/** The parts of a query result the gate reads; a TanStack Query result fits as is. */
export interface GateQuery<V> {
  data: V | undefined;
  error: unknown;
  isPending: boolean;
  isFetching: boolean;
  refetch: () => unknown;
}

/** The tRPC error code of an error, if it carries one (read structurally: no tRPC import). */
export function errorCode(error: unknown): string | null {
  if (typeof error !== "object" || error === null || !("data" in error)) return null;
  const { data } = error;
  if (typeof data !== "object" || data === null || !("code" in data)) return null;
  return typeof data.code === "string" ? data.code : null;
}

export function isUnauthorizedError(error: unknown): boolean {
  return errorCode(error) === "UNAUTHORIZED";
}

/** Errors that asking again will not fix, so queries should not retry them. */
export function isClientError(error: unknown): boolean {
  const code = errorCode(error);
  return (
    code === "UNAUTHORIZED" ||
    code === "FORBIDDEN" ||
    code === "NOT_FOUND" ||
    code === "PRECONDITION_FAILED" ||
    code === "BAD_REQUEST"
  );
}

function errorMessage(error: unknown, fallback: string): string {
  return error instanceof Error && error.message ? error.message : fallback;
}

export interface AppGateProps<V extends GateViewer> {
  app: AppKey;
  /** The `viewer.me` query. */
  query: GateQuery<V>;
  onSignIn: (email: string, password: string) => Promise<string | null>;
  onSignOut: () => Promise<void>;
  /** Development build: links to the other apps point at their own dev servers. */
  dev: boolean;
  /**
   * The page that asks which district to open, for a sign-in that belongs to several districts
   * and a session that has not chosen yet (`viewer.me` answers PRECONDITION_FAILED).
   */
  districtChooser: (session: { signOut: () => void; signingOut: boolean }) => ReactNode;
  /** The app, for a person allowed to use it; `signOut` is the gate's own, with its state. */
  children: (viewer: V, session: { signOut: () => void; signingOut: boolean }) => ReactNode;
}

/**
 * Decides what a visitor sees: the sign-in page, a designed loading or error state, a clear
 * "not for you" page with links to the apps they can use, or the app itself.
 */
export function AppGate<V extends GateViewer>({
  app,
  query,
  onSignIn,
  onSignOut: signOutOfServer,
  dev,
  districtChooser,
  children,
}: AppGateProps<V>) {
  const appName = throughlineApps[app].name;
  const { data, error } = query;
  const [signingOut, setSigningOut] = useState(false);

  function onSignOut() {
    if (signingOut) return;
    setSigningOut(true);
    // A failed sign-out leaves the session as it was; asking who is signed in then shows that.
    signOutOfServer()
      .catch(() => undefined)
      .finally(() => setSigningOut(false));
  }

  if (isUnauthorizedError(error)) {
    return <SignInPage appName={appName} app={app} onSubmit={onSignIn} />;
  }

  if (errorCode(error) === "PRECONDITION_FAILED") {
    return districtChooser({ signOut: onSignOut, signingOut });
  }

  if (errorCode(error) === "FORBIDDEN") {
    return (
      <AccessDenied
        appName={appName}
        message={errorMessage(error, "This account cannot use Throughline.")}
        links={[]}
        onSignOut={onSignOut}
        signingOut={signingOut}
      />
    );
  }

  if (data) {
    const access = data.access[app];
    if (!access.allowed) {
      const links: AppLink[] = appKeys
        .filter((key) => key !== app && data.access[key].allowed)
        .map((key) => ({
          label: throughlineApps[key].name,
          href: appHref(key, { dev }),
          description: throughlineApps[key].audience,
        }));
      return (
        <AccessDenied
          appName={appName}
          message={access.message}
          links={links}
          userName={data.person.displayName}
          onSignOut={onSignOut}
          signingOut={signingOut}
        />
      );
    }
    return (
      <DistrictTimeZone timeZone={data.district.timeZone}>
        {children(data, { signOut: onSignOut, signingOut })}
      </DistrictTimeZone>
    );
  }

  if (query.isPending) return <FullPageLoading label={`Loading ${appName}…`} />;

  return (
    <div className="flex min-h-dvh flex-col">
      <header className="px-4 py-4 sm:px-6">
        <Brand appName={appName} />
      </header>
      <main id="main" className="mx-auto w-full max-w-2xl flex-1 px-4 pt-8 pb-16 sm:pt-16">
        <ErrorState
          headingLevel={1}
          title="Throughline is not responding"
          message="We could not check who is signed in. Check your connection and try again."
          onRetry={() => {
            query.refetch();
          }}
          retrying={query.isFetching}
        />
      </main>
    </div>
  );
}
