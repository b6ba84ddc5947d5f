import type { Role, TeamKind } from "@throughline/domain/enums";

export const roleLabels: Record<Role, string> = {
  teacher: "Teacher",
  coach: "Coach",
  principal: "Principal",
  district_admin: "District admin",
};

export const teamKindLabels: Record<TeamKind, string> = {
  plc: "PLC",
  grade_level: "Grade-level team",
  department: "Department",
};

/** "Teacher, Maple Valley Elementary" or "District admin". */
export function roleText(role: { role: Role; schoolName: string | null }): string {
  if (role.role === "coach" && role.schoolName === null) return "Coach, district-wide";
  return role.schoolName ? `${roleLabels[role.role]}, ${role.schoolName}` : roleLabels[role.role];
}
