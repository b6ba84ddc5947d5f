import { type Decision, districtAdmins } from "./access-matrix.ts";

/*
 * The shared library in the access matrix: district admins only. A stage or program of their
 * own district (o, s) is theirs to publish, export and import into; another district's is
 * unknown. The sample item and import ids name no library row, so those calls are refused as
 * unknown for everyone (the library's API test covers them on real items).
 */
export const libraryDecisions: Record<string, Decision> = {
  "library.items": districtAdmins,
  "library.updates": districtAdmins,
  "library.publishStage": { districtAdmin: "os" },
  "library.exportStage": { districtAdmin: "os" },
  "library.importPackage": { districtAdmin: "os" },
  // No library item has the sample ids: unknown to everyone (see above).
  "library.item": {},
  "library.withdraw": {},
  "library.importItem": {},
  "library.applyUpdate": {},
};
