import { formatLocalDay } from "@throughline/domain/local-time";
import type { MentoredTeacherRow } from "@throughline/domain/mentoring";
import { Card } from "@throughline/ui/card";
import { LinkRow } from "@throughline/ui/link-row";

/** The teachers the viewer mentors, each a link to their page under `basePath`. */
export function MenteeList({
  mentees,
  basePath,
}: {
  mentees: MentoredTeacherRow[];
  basePath: string;
}) {
  return (
    <Card className="p-0">
      <ul className="divide-y divide-border">
        {mentees.map((row) => (
          <li key={row.assignment.id}>
            <LinkRow
              to={`${basePath}/${row.assignment.mentee.id}`}
              title={row.assignment.mentee.displayName}
            >
              <span className="text-sm text-muted-foreground">
                Since {formatLocalDay(row.assignment.startedOn)} · checklist {row.checklist.done} of{" "}
                {row.checklist.total} done
              </span>
            </LinkRow>
          </li>
        ))}
      </ul>
    </Card>
  );
}
