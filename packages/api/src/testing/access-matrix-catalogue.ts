import { type Decision, districtAdmins, teachers } from "./access-matrix.ts";
import { districtTeachers, ownDistrictAdmin } from "./access-matrix-shared-decisions.ts";

/*
 * The elective catalogue's decisions. Its events belong to the district, not a school: every
 * teacher of the district registers for the same event from either school (o, s); another
 * district's event is unknown. The district's PD admins run the catalogue; a principal does not.
 */
export const catalogueAccessDecisions: Record<string, Decision> = {
  // The search names no row: every teacher searches their own district's catalogue.
  "catalogue.search": teachers,
  "catalogue.register": districtTeachers,
  // Refused as "not registered" (a 400, past the gate) where the caller holds no seat.
  "catalogue.cancel": districtTeachers,
  "catalogueAdmin.session": ownDistrictAdmin,
  "catalogueAdmin.saveSession": ownDistrictAdmin,
  "catalogueAdmin.events": districtAdmins,
  // Another district's indicator is refused as a field error, past the gate.
  "catalogueAdmin.createEvent": districtAdmins,
  "catalogueAdmin.updateEvent": ownDistrictAdmin,
  "catalogueAdmin.cancelEvent": ownDistrictAdmin,
  "catalogueAdmin.registrations": ownDistrictAdmin,
  "catalogueAdmin.markAttendance": ownDistrictAdmin,
};
