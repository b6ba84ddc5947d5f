import type { Role } from "@throughline/domain/enums";
import { mayGrantRole, type SchoolReach } from "@throughline/domain/rules/access-scope";
import { Button } from "@throughline/ui/button";
import { FieldMessage } from "@throughline/ui/field-message";
import { SelectField } from "@throughline/ui/select-field";
import { Plus, Trash2 } from "lucide-react";
import { roleLabels } from "./role-label.ts";
import type { PeopleOptions } from "./types.ts";

export interface RoleDraft {
  role: Role;
  /** "" for none (district-wide). */
  schoolId: string;
  /** The school's name, for roles the viewer cannot change (another school's). */
  schoolName: string | null;
}

/** Teachers and principals need a school; a district admin has none; a coach may have either. */
function schoolChoiceFor(role: Role): "required" | "none" | "optional" {
  if (role === "district_admin") return "none";
  return role === "coach" ? "optional" : "required";
}

/**
 * One row per role. Roles the viewer cannot manage (at a school they do not lead, or district
 * wide for a principal) are listed read-only: the server keeps them as they are.
 */
export function RolesEditor({
  roles,
  options,
  disabled,
  errorOf,
  onChange,
}: {
  roles: readonly RoleDraft[];
  options: PeopleOptions;
  disabled: boolean;
  errorOf: (path: string) => string | null;
  onChange: (roles: RoleDraft[]) => void;
}) {
  // Which roles the viewer may give is the access rule the server applies (`mayGrantRole`).
  const schoolIds = options.schools.map((school) => school.id);
  const reach: SchoolReach = options.districtWide ? "all" : schoolIds;
  const manageable = (draft: RoleDraft) =>
    mayGrantRole(reach, { role: draft.role, schoolId: draft.schoolId || null });
  const roleChoices = (Object.keys(roleLabels) as Role[]).filter((role) =>
    [null, ...schoolIds].some((schoolId) => mayGrantRole(reach, { role, schoolId })),
  );
  const update = (index: number, change: Partial<RoleDraft>) =>
    onChange(roles.map((draft, i) => (i === index ? { ...draft, ...change } : draft)));
  const listError = errorOf("roles");

  return (
    <fieldset
      className="flex flex-col gap-4"
      aria-describedby={listError ? "roles-error" : undefined}
    >
      <legend className="mb-2 text-lg font-semibold">Roles</legend>
      {roles.length === 0 ? (
        <p className="text-sm text-muted-foreground">No roles yet. Add at least one.</p>
      ) : null}
      {roles.map((draft, index) =>
        manageable(draft) ? (
          <div
            // Rows have no id of their own; their position is what the server's messages name.
            key={index}
            className="grid gap-3 rounded-md border border-border p-3 sm:grid-cols-[1fr_2fr_auto] sm:items-end"
          >
            <SelectField
              label={`Role ${index + 1}`}
              value={draft.role}
              disabled={disabled}
              error={errorOf(`roles.${index}.role`)}
              onChange={(event) => {
                const role = event.target.value as Role;
                update(index, {
                  role,
                  schoolId: schoolChoiceFor(role) === "none" ? "" : draft.schoolId,
                });
              }}
            >
              {roleChoices.map((role) => (
                <option key={role} value={role}>
                  {roleLabels[role]}
                </option>
              ))}
            </SelectField>
            <SelectField
              label={`School for role ${index + 1}`}
              value={draft.schoolId}
              disabled={disabled || schoolChoiceFor(draft.role) === "none"}
              error={errorOf(`roles.${index}.schoolId`)}
              onChange={(event) => update(index, { schoolId: event.target.value })}
            >
              <option value="">
                {schoolChoiceFor(draft.role) === "required"
                  ? "Choose a school"
                  : "Whole district (no school)"}
              </option>
              {options.schools.map((school) => (
                <option key={school.id} value={school.id}>
                  {school.name}
                </option>
              ))}
            </SelectField>
            <Button
              type="button"
              variant="ghost"
              disabled={disabled}
              onClick={() => onChange(roles.filter((_, i) => i !== index))}
            >
              <Trash2 aria-hidden="true" />
              Remove role {index + 1}
            </Button>
          </div>
        ) : (
          <p key={index} className="rounded-md border border-dashed border-border p-3 text-sm">
            {roleLabels[draft.role]}
            {draft.schoolName ? `, ${draft.schoolName}` : ""} — managed by{" "}
            {draft.role === "district_admin" ? "the district" : "that school"}
          </p>
        ),
      )}
      {listError ? <FieldMessage id="roles-error" message={listError} /> : null}
      <div>
        <Button
          type="button"
          variant="secondary"
          disabled={disabled}
          onClick={() =>
            onChange([
              ...roles,
              {
                role: "teacher",
                schoolId: options.schools.length === 1 ? (options.schools[0]?.id ?? "") : "",
                schoolName: null,
              },
            ])
          }
        >
          <Plus aria-hidden="true" />
          Add role
        </Button>
      </div>
    </fieldset>
  );
}
