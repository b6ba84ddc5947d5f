import type { DatabaseHandle } from "../../client.ts";

/** Notified by migration 0039's triggers when what `session_viewer` reads may have changed. */
const VIEWER_CHANGED_CHANNEL = "viewer_changed";

/**
 * Calls `onChange` after each committed change to what a session's viewer is read from
 * (sessions, people, roles, schools, districts, teams), from any server process, and
 * `onListening` each time the listening connection starts, at first and after a reconnect.
 * Null on the embedded database, which has no LISTEN connection to give.
 */
export async function listenForViewerChanges(
  handle: DatabaseHandle,
  onChange: () => void,
  onListening: () => void,
): Promise<{ stop(): Promise<void> } | null> {
  if (!handle.listen) return null;
  return handle.listen(VIEWER_CHANGED_CHANNEL, onChange, onListening);
}
