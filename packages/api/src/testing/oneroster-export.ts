import type { RosterFile } from "@throughline/domain/oneroster/input";

/*
 * A OneRoster 1.2 CSV set shaped like an SIS export, independent of the sample under fixtures:
 * every column of the 1.2 binding in its header, CRLF line ends, quoted cells where a value
 * holds a comma, students and guardians in users.csv (guardians and most students without an
 * email, as real exports send them), and two schools of their own district.
 */

export interface ExportUser {
  sourcedId: string;
  givenName: string;
  familyName: string;
  /** Empty for the students and guardians an SIS sends without one. */
  email: string;
  role: "teacher" | "principal" | "districtAdministrator" | "student" | "guardian";
  school: "hill-north" | "hill-south" | "hill-district";
  status?: "active" | "tobedeleted";
}

export const USERS_HEADER_1_2 =
  "sourcedId,status,dateLastModified,enabledUser,username,userIds,givenName,familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades,password,userMasterIdentifier,resourceSourcedIds,preferredGivenName,preferredMiddleName,preferredFamilyName,primaryOrgSourcedId,pronouns";
const ROLES_HEADER_1_2 =
  "sourcedId,status,dateLastModified,userSourcedId,roleType,role,beginDate,endDate,orgSourcedId,userProfileSourcedId";

const MODIFIED = "2026-10-30T06:00:00.000Z";

/** Staff of Hillcrest: a district administrator, two principals and `teachers` teachers. */
export function hillcrestStaff(teachers: number): ExportUser[] {
  const staff: ExportUser[] = [
    leader("hc-1", "Marisol", "Okafor", "districtAdministrator", "hill-district"),
    leader("hc-2", "Dev", "Narayan", "principal", "hill-north"),
    leader("hc-3", "Greta", "Lindqvist", "principal", "hill-south"),
  ];
  for (let index = 1; index <= teachers; index += 1) {
    staff.push({
      sourcedId: `hc-t-${index}`,
      givenName: `Teacher${index}`,
      familyName: "Hillcrest",
      email: `teacher${index}@hillcrest.test`,
      role: "teacher",
      school: index % 2 === 0 ? "hill-south" : "hill-north",
    });
  }
  return staff;
}

function leader(
  sourcedId: string,
  givenName: string,
  familyName: string,
  role: ExportUser["role"],
  school: ExportUser["school"],
): ExportUser {
  const email = `${givenName}.${familyName}@hillcrest.test`.toLowerCase();
  return { sourcedId, givenName, familyName, email, role, school };
}

/** Students (one in three has a school email) and guardians (none has one). */
export function hillcrestFamilies(count: number): ExportUser[] {
  const families: ExportUser[] = [];
  for (let index = 1; index <= count; index += 1) {
    families.push({
      sourcedId: `hc-s-${index}`,
      givenName: `Student${index}`,
      familyName: "Pupil",
      email: index % 3 === 0 ? `student${index}@students.hillcrest.test` : "",
      role: "student",
      school: index % 2 === 0 ? "hill-south" : "hill-north",
    });
    families.push({
      sourcedId: `hc-g-${index}`,
      givenName: `Guardian${index}`,
      familyName: "Pupil",
      email: "",
      role: "guardian",
      school: index % 2 === 0 ? "hill-south" : "hill-north",
    });
  }
  return families;
}

function csv(lines: readonly string[]): string {
  return `${lines.join("\r\n")}\r\n`;
}

function userLine(user: ExportUser): string {
  const status = user.status ?? "active";
  const username = user.email === "" ? user.sourcedId : (user.email.split("@")[0] ?? "");
  const grades = user.role === "student" ? "07" : "";
  const agents = user.role === "student" ? `hc-g-${user.sourcedId.slice(5)}` : "";
  return [
    user.sourcedId,
    status,
    MODIFIED,
    "true",
    username,
    `"{SIS:${user.sourcedId}},{LDAP:${username}}"`,
    user.givenName,
    user.familyName,
    "",
    user.sourcedId.toUpperCase(),
    user.email,
    "",
    "",
    agents,
    grades,
    "",
    "",
    "",
    "",
    "",
    "",
    user.school,
    "",
  ].join(",");
}

export function usersCsv(users: readonly ExportUser[]): string {
  return csv([USERS_HEADER_1_2, ...users.map(userLine)]);
}

function rolesCsv(users: readonly ExportUser[]): string {
  return csv([
    ROLES_HEADER_1_2,
    ...users.map((user) =>
      [
        `role-${user.sourcedId}`,
        user.status ?? "active",
        MODIFIED,
        user.sourcedId,
        "primary",
        user.role,
        "2026-08-01",
        "2027-06-30",
        user.school,
        "",
      ].join(","),
    ),
  ]);
}

const ORGS = csv([
  "sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId",
  `hill-district,active,${MODIFIED},Hillcrest Unified,district,HCU,`,
  `hill-north,active,${MODIFIED},Hillcrest North High,school,HCN,hill-district`,
  `hill-south,active,${MODIFIED},Hillcrest South Middle,school,HCS,hill-district`,
]);

function manifestCsv(modes: { users: string; roles: string }): string {
  return csv([
    "propertyName,value",
    "manifest.version,1.0",
    "oneroster.version,1.2",
    "file.academicSessions,absent",
    "file.classes,absent",
    "file.courses,absent",
    "file.demographics,absent",
    "file.enrollments,absent",
    "file.orgs,bulk",
    `file.roles,${modes.roles}`,
    `file.users,${modes.users}`,
    "source.systemName,Hillcrest SIS",
  ]);
}

/** The export's four files by name; `replace` swaps a file's text for another. */
export function sisExport(
  users: readonly ExportUser[],
  options: {
    modes?: { users: string; roles: string };
    replace?: Partial<Record<string, string>>;
  } = {},
): Record<string, string> {
  const files: Record<string, string> = {
    "manifest.csv": manifestCsv(options.modes ?? { users: "bulk", roles: "bulk" }),
    "orgs.csv": ORGS,
    "users.csv": usersCsv(users),
    "roles.csv": rolesCsv(users),
  };
  for (const [name, text] of Object.entries(options.replace ?? {})) {
    if (text !== undefined) files[name] = text;
  }
  return files;
}

/** The files as the page sends them. */
export function asUpload(files: Record<string, string>): RosterFile[] {
  return Object.entries(files).map(([name, content]) => ({ name, encoding: "text", content }));
}
