import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@throughline/ui/card";
import { StageStatusBadge } from "@throughline/ui/stage-status-badge";
import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@throughline/ui/table";
import { Link } from "react-router";
import type { Member, Team } from "../lib/types.ts";

function SessionProgress({ member }: { member: Member }) {
  const { sessionsCompleted: done, sessionsTotal: total } = member;
  const percent = total > 0 ? Math.round((done / total) * 100) : 0;
  return (
    <div className="flex flex-col gap-1.5">
      <span className="tabular-nums">
        {done} of {total} sessions
      </span>
      <span aria-hidden="true" className="h-1.5 w-full overflow-hidden rounded-full bg-muted">
        <span
          className={
            done >= total && total > 0 ? "block h-full bg-success" : "block h-full bg-primary"
          }
          style={{ width: `${percent}%` }}
        />
      </span>
    </div>
  );
}

function MemberRow({ member }: { member: Member }) {
  const enrolled = member.stagePosition !== null && member.stageTitle !== null;
  return (
    <TableRow>
      <TableHead
        scope="row"
        className="h-auto py-3 pl-6 text-sm font-medium tracking-normal whitespace-normal text-foreground normal-case"
      >
        <Link
          to={`/teachers/${member.personId}`}
          className="text-primary underline hover:text-primary-hover"
        >
          {member.displayName}
        </Link>
      </TableHead>
      <TableCell>
        {enrolled ? (
          <span className="flex flex-col">
            <span className="font-medium">Stage {member.stagePosition}</span>
            <span className="text-muted-foreground">{member.stageTitle}</span>
          </span>
        ) : (
          <span className="text-muted-foreground">Not enrolled</span>
        )}
      </TableCell>
      <TableCell>
        {member.status ? (
          <StageStatusBadge status={member.status} />
        ) : (
          <span className="text-muted-foreground">No status</span>
        )}
      </TableCell>
      <TableCell className="pr-6">
        {enrolled ? (
          <SessionProgress member={member} />
        ) : (
          <span className="text-muted-foreground">—</span>
        )}
      </TableCell>
    </TableRow>
  );
}

/** One team: where it meets, who facilitates, and each teacher's stage and progress. */
export function TeamCard({ team }: { team: Team }) {
  const headingId = `team-${team.id}`;
  return (
    <Card>
      <CardHeader>
        <CardTitle id={headingId}>{team.name}</CardTitle>
        <CardDescription>
          {team.schoolName} ·{" "}
          {team.facilitatorName ? `Facilitator: ${team.facilitatorName}` : "No facilitator yet"} ·{" "}
          {team.members.length === 1 ? "1 teacher" : `${team.members.length} teachers`}
        </CardDescription>
      </CardHeader>
      <CardContent className="px-0 pb-2">
        <Table scrollLabel={`${team.name}: teachers`} className="min-w-[44rem] table-fixed">
          <TableCaption className="sr-only">
            Teachers in {team.name}, with their stage, status and MicroPD sessions completed
          </TableCaption>
          <TableHeader>
            <TableRow>
              <TableHead className="w-52 pl-6">Teacher</TableHead>
              <TableHead>Stage</TableHead>
              <TableHead className="w-44">Status</TableHead>
              <TableHead className="w-48 pr-6">Sessions</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {team.members.length > 0 ? (
              team.members.map((member) => <MemberRow key={member.personId} member={member} />)
            ) : (
              <TableRow>
                <TableCell colSpan={4} className="px-6 text-muted-foreground">
                  No teachers in this team yet.
                </TableCell>
              </TableRow>
            )}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
}
