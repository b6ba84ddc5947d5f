import { Badge } from "@throughline/ui/badge";
import { Table, TableBody, TableCell, TableColumns, TableRow } from "@throughline/ui/table";
import { Link } from "react-router";
import { roleText } from "./role-label.ts";
import type { PersonRow } from "./types.ts";

export function PeopleTable({ people }: { people: readonly PersonRow[] }) {
  return (
    <Table scrollLabel="People">
      <TableColumns names={["Name", "Email", "Roles", "Teams", "Status", "Sign-in"]} />
      <TableBody>
        {people.map((person) => (
          <TableRow key={person.id}>
            <TableCell>
              <Link to={`/people/${person.id}`} className="font-medium text-primary underline">
                {person.displayName}
              </Link>
            </TableCell>
            <TableCell className="break-all">{person.email}</TableCell>
            <TableCell>{person.roles.map(roleText).join("; ") || "No role"}</TableCell>
            <TableCell>{person.teams.map((team) => team.name).join(", ") || "—"}</TableCell>
            <TableCell>
              {person.active ? (
                <Badge variant="success">Active</Badge>
              ) : (
                <Badge variant="neutral">Inactive</Badge>
              )}
            </TableCell>
            <TableCell>{person.hasSignIn ? "Can sign in" : "Not yet"}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
