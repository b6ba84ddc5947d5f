import { useEffect } from "react";
import { useBlocker } from "react-router";
import { ConfirmDialog } from "./confirm-dialog.tsx";

/**
 * Asks before leaving a page whose changes the server does not have yet: in-app moves (links,
 * Back) through react-router's blocker, closing or reloading the tab through `beforeunload`.
 */
export function UnsavedChangesGuard({
  when,
  message = "What you typed is kept on this device and offered back when you return, but it is not saved yet.",
}: {
  when: boolean;
  message?: string;
}) {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      when && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (!when) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [when]);
  return (
    <ConfirmDialog
      open={blocker.state === "blocked"}
      title="Leave without saving?"
      confirmLabel="Leave"
      pendingLabel="Leaving…"
      cancelLabel="Stay on this page"
      pending={false}
      error={null}
      onConfirm={() => blocker.proceed?.()}
      onClose={() => blocker.reset?.()}
    >
      {message}
    </ConfirmDialog>
  );
}
