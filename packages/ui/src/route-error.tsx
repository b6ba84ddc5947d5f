import { isRouteErrorResponse, useRouteError } from "react-router";
import { ErrorState } from "./error-state.tsx";
import { SkipLink } from "./skip-link.tsx";

/** The router's last line of defence: a page that explains, and reloads on "Try again". */
export function RouteError() {
  const error = useRouteError();
  const message = isRouteErrorResponse(error)
    ? `The page could not be shown (${error.status} ${error.statusText}).`
    : "Part of this page failed to load. Reloading usually fixes it.";
  return (
    <div className="flex min-h-dvh flex-col">
      <SkipLink />
      <main
        id="main"
        tabIndex={-1}
        className="mx-auto w-full max-w-2xl flex-1 px-4 py-16 focus:outline-none"
      >
        <ErrorState
          headingLevel={1}
          title="Something went wrong"
          message={message}
          onRetry={() => window.location.reload()}
        />
      </main>
    </div>
  );
}
