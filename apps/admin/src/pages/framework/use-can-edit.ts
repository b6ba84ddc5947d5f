import { useDistrictAdmin } from "../../lib/district-admin.tsx";

/** District admins author the framework; principals read it, and the server refuses their edits. */
export function useCanEditFramework(): boolean {
  return useDistrictAdmin() === true;
}
