import type { RouterOutputs } from "@throughline/api/types";

export type ProgramList = RouterOutputs["programs"]["list"];
export type EditorProgram = ProgramList["programs"][number];
export type ProgramRequirementRow = ProgramList["requirements"][number];

const roleNames = { teacher: "Teachers", coach: "Coaches", principal: "Principals" } as const;
export type RequirableRole = keyof typeof roleNames;
export const requirableRoles = Object.keys(roleNames) as RequirableRole[];

export function roleName(role: RequirableRole): string {
  return roleNames[role];
}

/** "Required of teachers everywhere and coaches at Riverside Middle", or "Optional for everyone". */
export function requirementText(rows: readonly ProgramRequirementRow[]): string {
  const parts = rows.flatMap((row) =>
    row.role === "district_admin"
      ? []
      : [
          `${roleName(row.role).toLowerCase()} ${row.schoolName ? `at ${row.schoolName}` : "in every school"}`,
        ],
  );
  if (parts.length === 0) return "Optional for everyone";
  const list =
    parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
  return `Required of ${list}`;
}
