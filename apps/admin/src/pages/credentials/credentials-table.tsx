import { Badge } from "@throughline/ui/badge";
import { DataTable } from "@throughline/ui/data-table";
import { Link } from "react-router";
import type { CredentialList } from "./types.ts";

function hoursText(minutes: number): string {
  const hours = Math.round((minutes / 60) * 100) / 100;
  return hours === 1 ? "1 hour" : `${hours} hours`;
}

/** The district's micro-credentials with their current version and how they are used. */
export function CredentialsTable({ credentials }: { credentials: CredentialList["credentials"] }) {
  return (
    <DataTable
      scrollLabel="Micro-credentials"
      caption="Micro-credentials of the district"
      rows={credentials}
      columns={[
        {
          header: "Name",
          cell: (credential) => (
            <span className="flex flex-wrap items-center gap-2">
              <Link
                to={`/credentials/${credential.id}`}
                className="font-medium text-primary underline underline-offset-4 hover:text-primary-hover"
              >
                {credential.name}
              </Link>
              {credential.archivedAt ? <Badge variant="neutral">Archived</Badge> : null}
            </span>
          ),
        },
        { header: "Program", cell: (credential) => credential.programTitle ?? "All programs" },
        { header: "Stage", cell: (credential) => credential.stageTitle ?? "—" },
        { header: "Version", cell: (credential) => credential.version },
        { header: "PD hours", cell: (credential) => hoursText(credential.pdMinutes) },
        { header: "Submissions", cell: (credential) => credential.submissions },
        { header: "Badges earned", cell: (credential) => credential.badgesEarned },
      ]}
    />
  );
}
