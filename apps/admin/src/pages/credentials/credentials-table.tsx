import { Badge } from "@throughline/ui/badge";
import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableColumns,
  TableRow,
} from "@throughline/ui/table";
import { Link } from "react-router";
import type { CredentialList } from "./types.ts";

function hoursText(minutes: number): string {
  const hours = Math.round((minutes / 60) * 100) / 100;
  return hours === 1 ? "1 hour" : `${hours} hours`;
}

/** The district's micro-credentials with their current version and how they are used. */
export function CredentialsTable({ credentials }: { credentials: CredentialList["credentials"] }) {
  return (
    <Table scrollLabel="Micro-credentials">
      <TableCaption className="sr-only">Micro-credentials of the district</TableCaption>
      <TableColumns
        names={["Name", "Stage", "Version", "PD hours", "Submissions", "Badges earned"]}
      />
      <TableBody>
        {credentials.map((credential) => (
          <TableRow key={credential.id}>
            <TableCell>
              <span className="flex flex-wrap items-center gap-2">
                <Link
                  to={`/credentials/${credential.id}`}
                  className="font-medium text-primary underline underline-offset-4 hover:text-primary-hover"
                >
                  {credential.name}
                </Link>
                {credential.archivedAt ? <Badge variant="neutral">Archived</Badge> : null}
              </span>
            </TableCell>
            <TableCell>{credential.stageTitle ?? "—"}</TableCell>
            <TableCell>{credential.version}</TableCell>
            <TableCell>{hoursText(credential.pdMinutes)}</TableCell>
            <TableCell>{credential.submissions}</TableCell>
            <TableCell>{credential.badgesEarned}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
