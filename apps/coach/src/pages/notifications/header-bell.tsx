import { HeaderBell as SharedHeaderBell } from "@throughline/ui/header-bell";
import { trpc } from "../../lib/trpc.ts";

/** The header's notification bell, on this app's server connection. */
export function HeaderBell() {
  return <SharedHeaderBell app="coach" trpc={trpc} dev={import.meta.env.DEV} />;
}
