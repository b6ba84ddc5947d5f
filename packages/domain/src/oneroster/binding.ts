/*
 * The parts of the OneRoster 1.2 CSV binding that a roster import reads: the files, the columns
 * each file must name in its header, and the code lists. A column the binding defines but this
 * import does not read may be there or not; a column it reads must be in the header.
 */

const ONEROSTER_FILES = [
  "manifest.csv",
  "orgs.csv",
  "users.csv",
  "roles.csv",
  "classes.csv",
  "courses.csv",
  "academicSessions.csv",
  "enrollments.csv",
] as const;
export type OneRosterFile = (typeof ONEROSTER_FILES)[number];

/** The data files (all but the manifest) and whether an import needs them. */
export const ROSTER_DATA_FILES = {
  "orgs.csv": { required: true },
  "users.csv": { required: true },
  "roles.csv": { required: true },
  "classes.csv": { required: false },
  "courses.csv": { required: false },
  "academicSessions.csv": { required: false },
  "enrollments.csv": { required: false },
} as const satisfies Record<Exclude<OneRosterFile, "manifest.csv">, { required: boolean }>;
export type RosterDataFile = keyof typeof ROSTER_DATA_FILES;

/** Header names each file must have (status and dateLastModified are in every 1.2 header). */
export const REQUIRED_HEADERS: Record<OneRosterFile, readonly string[]> = {
  "manifest.csv": ["propertyName", "value"],
  "orgs.csv": ["sourcedId", "status", "dateLastModified", "name", "type", "parentSourcedId"],
  "users.csv": [
    "sourcedId",
    "status",
    "dateLastModified",
    "enabledUser",
    "username",
    "givenName",
    "familyName",
    "email",
  ],
  "roles.csv": [
    "sourcedId",
    "status",
    "dateLastModified",
    "userSourcedId",
    "roleType",
    "role",
    "orgSourcedId",
  ],
  "classes.csv": [
    "sourcedId",
    "status",
    "dateLastModified",
    "title",
    "courseSourcedId",
    "classType",
    "schoolSourcedId",
    "termSourcedIds",
  ],
  "courses.csv": ["sourcedId", "status", "dateLastModified", "title", "orgSourcedId"],
  "academicSessions.csv": [
    "sourcedId",
    "status",
    "dateLastModified",
    "title",
    "type",
    "startDate",
    "endDate",
    "schoolYear",
  ],
  "enrollments.csv": [
    "sourcedId",
    "status",
    "dateLastModified",
    "classSourcedId",
    "schoolSourcedId",
    "userSourcedId",
    "role",
  ],
};

/**
 * Every column the 1.2 binding names per data file, read or not: a header that lacks a column
 * this import needs is reported with those of its columns the binding does not know, which is
 * usually the same column under another name (`mail`, `Teacher_email`). Extension columns
 * (`metadata.*`) are the binding's too.
 */
export const BINDING_COLUMNS: Record<RosterDataFile, readonly string[]> = {
  "orgs.csv": [...REQUIRED_HEADERS["orgs.csv"], "identifier"],
  "users.csv": [
    ...REQUIRED_HEADERS["users.csv"],
    "userIds",
    "middleName",
    "identifier",
    "sms",
    "phone",
    "agentSourcedIds",
    "grades",
    "password",
    "userMasterIdentifier",
    "resourceSourcedIds",
    "preferredGivenName",
    "preferredMiddleName",
    "preferredFamilyName",
    "primaryOrgSourcedId",
    "pronouns",
  ],
  "roles.csv": [...REQUIRED_HEADERS["roles.csv"], "beginDate", "endDate", "userProfileSourcedId"],
  "classes.csv": [
    ...REQUIRED_HEADERS["classes.csv"],
    "grades",
    "classCode",
    "location",
    "subjects",
    "subjectCodes",
    "periods",
  ],
  "courses.csv": [
    ...REQUIRED_HEADERS["courses.csv"],
    "schoolYearSourcedId",
    "courseCode",
    "grades",
    "subjects",
    "subjectCodes",
  ],
  "academicSessions.csv": [...REQUIRED_HEADERS["academicSessions.csv"], "parentSourcedId"],
  "enrollments.csv": [...REQUIRED_HEADERS["enrollments.csv"], "primary", "beginDate", "endDate"],
};

/** How the manifest says a file is sent: all rows (bulk), changed rows (delta), or not at all. */
export const FILE_MODES = ["bulk", "delta", "absent"] as const;
export type FileMode = (typeof FILE_MODES)[number];

export const ROSTER_STATUSES = ["active", "tobedeleted"] as const;

export const ORG_TYPES = ["department", "district", "local", "national", "school", "state"];

export const ONEROSTER_ROLES = [
  "aide",
  "counselor",
  "districtAdministrator",
  "guardian",
  "parent",
  "principal",
  "proctor",
  "relative",
  "siteAdministrator",
  "student",
  "systemAdministrator",
  "teacher",
] as const;
export type OneRosterRole = (typeof ONEROSTER_ROLES)[number];

export const ROLE_TYPES = ["primary", "secondary"] as const;
export const CLASS_TYPES = ["homeroom", "scheduled"] as const;
export const SESSION_TYPES = ["gradingPeriod", "semester", "schoolYear", "term"] as const;
export const ENROLLMENT_ROLES = ["administrator", "proctor", "student", "teacher"] as const;

/** The data files' names as a user may have saved them (any case): the binding's spelling. */
export function oneRosterFileNamed(name: string): OneRosterFile | undefined {
  const base = name.split(/[\\/]/).pop()?.toLowerCase() ?? "";
  return ONEROSTER_FILES.find((file) => file.toLowerCase() === base);
}
