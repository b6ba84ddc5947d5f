import { type Decision, districtAdmins } from "./access-matrix.ts";

/*
 * The shared library in the access matrix: district admins only. A stage, program, session or
 * micro-credential of their own district (o, s) is theirs to publish, export and import into; another district's is
 * unknown. The sample item and import ids name no library row, so those calls are refused as
 * unknown for everyone (the library's API test covers them on real items).
 */
export const sharedLibraryDecisions: Record<string, Decision> = {
  "sharedLibrary.items": districtAdmins,
  "sharedLibrary.updates": districtAdmins,
  "sharedLibrary.publishStage": { districtAdmin: "os" },
  "sharedLibrary.exportStage": { districtAdmin: "os" },
  "sharedLibrary.publishProgram": { districtAdmin: "os" },
  "sharedLibrary.exportProgram": { districtAdmin: "os" },
  "sharedLibrary.publishSession": { districtAdmin: "os" },
  "sharedLibrary.exportSession": { districtAdmin: "os" },
  "sharedLibrary.publishCredential": { districtAdmin: "os" },
  "sharedLibrary.exportCredential": { districtAdmin: "os" },
  "sharedLibrary.importPackage": { districtAdmin: "os" },
  // No library item has the sample ids: unknown to everyone (see above).
  "sharedLibrary.item": {},
  "sharedLibrary.withdraw": {},
  "sharedLibrary.importItem": {},
  "sharedLibrary.applyUpdate": {},
};
