import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryView } from "@throughline/app-kit/query-view";
import type { Attendance } from "@throughline/domain/enums";
import { BackLink } from "@throughline/ui/back-link";
import { Badge } from "@throughline/ui/badge";
import { formatDateTime } from "@throughline/ui/format";
import { PageHeader } from "@throughline/ui/page-header";
import { TitledCard } from "@throughline/ui/titled-card";
import { useParams } from "react-router";

const statusWords = {
  scheduled: "Scheduled",
  in_progress: "In progress",
  closed: "Held",
  cancelled: "Cancelled",
} as const;

const attendanceWords: Record<
  Attendance,
  { label: string; variant: "success" | "danger" | "neutral" }
> = {
  present: { label: "Present", variant: "success" },
  absent: { label: "Absent", variant: "danger" },
  excused: { label: "Excused", variant: "neutral" },
};

/**
 * A support meeting's record as its school's principal reads it: when, how long it was held,
 * its agenda's steps, who attended and how many commitments were made. The team's notes and the
 * coach's private notes are not part of it (coaching is not evaluation).
 */
export function MeetingRecordPage() {
  const { meetingId = "" } = useParams();
  const record = useQuery(trpc.meetingRoom.record.queryOptions({ meetingId }));
  return (
    <QueryView
      query={record}
      loading="Loading the meeting…"
      errorTitle="This meeting could not be opened"
      headingLevel={1}
    >
      {({ meeting, agenda, attendance, commitmentsMade }) => {
        const present = attendance.filter((member) => member.attendance === "present").length;
        const planned = agenda.reduce((sum, item) => sum + item.minutes, 0);
        const held = meeting.status === "closed";
        return (
          <>
            <BackLink to={`/implementation/teams/${meeting.teamId}`}>
              Back to {meeting.teamName}
            </BackLink>
            <PageHeader
              title={meeting.title}
              description={`${meeting.teamName} · ${formatDateTime(meeting.startsAt)}`}
              aside={
                <Badge variant={held ? "success" : "neutral"}>{statusWords[meeting.status]}</Badge>
              }
            />
            <div className="flex max-w-3xl flex-col gap-6">
              <dl className="grid grid-cols-3 gap-2 sm:gap-3">
                <Figure
                  term="Minutes held"
                  value={held && meeting.heldMinutes !== null ? `${meeting.heldMinutes}` : "—"}
                />
                <Figure term="Present" value={held ? `${present} of ${attendance.length}` : "—"} />
                <Figure term="Commitments" value={held ? `${commitmentsMade}` : "—"} />
              </dl>
              <TitledCard title="Agenda">
                {agenda.length === 0 ? (
                  <p className="text-sm text-muted-foreground">No agenda was set.</p>
                ) : (
                  <ol className="flex flex-col gap-2">
                    {agenda.map((item, index) => (
                      <li key={item.id} className="flex items-baseline justify-between gap-3">
                        <span>
                          <span className="tabular-nums text-muted-foreground">{index + 1}.</span>{" "}
                          {item.title}
                          {item.protocolName ? (
                            <span className="text-sm text-muted-foreground">
                              {" "}
                              · {item.protocolName}
                            </span>
                          ) : null}
                        </span>
                        <span className="shrink-0 text-sm tabular-nums text-muted-foreground">
                          {item.minutes} min
                        </span>
                      </li>
                    ))}
                  </ol>
                )}
                <p className="mt-3 text-sm text-muted-foreground">{planned} minutes planned.</p>
              </TitledCard>
              <TitledCard title="Attendance">
                <ul className="flex flex-col divide-y divide-border">
                  {attendance.map((member) => {
                    const words = member.attendance ? attendanceWords[member.attendance] : null;
                    return (
                      <li
                        key={member.personId}
                        className="flex min-h-11 items-center justify-between gap-3"
                      >
                        <span>{member.displayName}</span>
                        <Badge variant={words?.variant ?? "neutral"}>
                          {words?.label ?? "Not recorded"}
                        </Badge>
                      </li>
                    );
                  })}
                </ul>
              </TitledCard>
              <p className="text-sm text-muted-foreground">
                The team's notes and commitments stay with the team and the teachers' action plans;
                a principal sees that the meeting happened, how long, and who took part.
              </p>
            </div>
          </>
        );
      }}
    </QueryView>
  );
}

function Figure({ term, value }: { term: string; value: string }) {
  return (
    <div className="flex flex-col justify-between gap-1 rounded-md border border-border bg-surface p-3 sm:p-4">
      <dt className="text-sm text-muted-foreground">{term}</dt>
      <dd className="text-xl font-semibold tabular-nums sm:text-2xl">{value}</dd>
    </div>
  );
}
