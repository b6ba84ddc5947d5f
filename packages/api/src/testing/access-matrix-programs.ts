import { admins, type Decision, districtAdmins } from "./access-matrix.ts";
import { ownDistrictAdmin } from "./access-matrix-shared-decisions.ts";

/*
 * Programs in the access matrix: principals read the district's programs; district admins
 * change them. A program belongs to the district, not to a school, so both places of the
 * admin's own district reach it and another district's is unknown.
 */
export const programDecisions: Record<string, Decision> = {
  "programs.list": admins,
  "programs.create": districtAdmins,
  // The sample list names one program of a district running two: refused as a field error.
  "programs.reorder": districtAdmins,
  "programs.update": ownDistrictAdmin,
  "programs.archive": ownDistrictAdmin,
  "programs.setRequirements": ownDistrictAdmin,
};
