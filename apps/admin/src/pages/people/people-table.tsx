import { Badge } from "@throughline/ui/badge";
import { DataTable } from "@throughline/ui/data-table";
import { PersonLink } from "./person-link.tsx";
import { roleText } from "./role-label.ts";
import type { PersonRow } from "./types.ts";

export function PeopleTable({ people }: { people: readonly PersonRow[] }) {
  return (
    <DataTable
      scrollLabel="People"
      rows={people}
      columns={[
        { header: "Name", cell: (person) => <PersonLink person={person} /> },
        { header: "Email", className: "break-all", cell: (person) => person.email },
        { header: "Roles", cell: (person) => person.roles.map(roleText).join("; ") || "No role" },
        {
          header: "Teams",
          cell: (person) => person.teams.map((team) => team.name).join(", ") || "—",
        },
        {
          header: "Status",
          cell: (person) =>
            person.active ? (
              <Badge variant="success">Active</Badge>
            ) : (
              <Badge variant="neutral">Inactive</Badge>
            ),
        },
        { header: "Sign-in", cell: (person) => (person.hasSignIn ? "Can sign in" : "Not yet") },
      ]}
    />
  );
}
