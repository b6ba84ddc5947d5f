import type { RouterOutputs } from "@throughline/api/types";
import { trpc } from "@throughline/app-kit/client";
import { QueryPage } from "@throughline/app-kit/query-page";
import { MeetingClipsCard } from "@throughline/app-kit/video/meeting-clips-card";
import type { MeetingStatus } from "@throughline/domain/enums";
import { Badge, type BadgeVariant } from "@throughline/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@throughline/ui/card";
import { formatDateTime } from "@throughline/ui/format";
import { MeetingAttendanceList } from "@throughline/ui/meeting-attendance-list";
import { PageHeader } from "@throughline/ui/page-header";
import { MapPin } from "lucide-react";
import { useParams } from "react-router";
import { FeedbackPulse } from "../feedback/feedback-pulse.tsx";
import { SummaryAgenda } from "./summary-agenda.tsx";
import { SummaryCommitments } from "./summary-commitments.tsx";
import { SummaryTeamGoal } from "./summary-team-goal.tsx";

type MeetingSummaryView = RouterOutputs["meetingRoom"]["summary"];

const statusWords: Record<MeetingStatus, { label: string; variant: BadgeVariant }> = {
  scheduled: { label: "Coming up", variant: "neutral" },
  in_progress: { label: "Happening now", variant: "info" },
  closed: { label: "Held", variant: "success" },
  cancelled: { label: "Cancelled", variant: "danger" },
};

/**
 * A team meeting as its members read it: agenda, the team's goal, the notes taken, who
 * committed to what.
 */
export function MeetingSummaryPage() {
  const { meetingId = "" } = useParams();
  return (
    <QueryPage
      options={trpc.meetingRoom.summary.queryOptions({ meetingId })}
      loading="Loading the meeting…"
      errorTitle="This meeting could not be shown"
    >
      {(summary) => <MeetingSummary summary={summary} />}
    </QueryPage>
  );
}

/** The meeting once it came: header, agenda, goal, commitments and attendance. */
function MeetingSummary({ summary }: { summary: MeetingSummaryView }) {
  const { meeting, agenda, commitments, attendance, viewerId } = summary;
  const status = statusWords[meeting.status];
  const closed = meeting.status === "closed";
  return (
    <>
      <PageHeader
        title={meeting.title}
        description={`${meeting.teamName} · ${formatDateTime(meeting.startsAt)}`}
        aside={<Badge variant={status.variant}>{status.label}</Badge>}
      />
      {meeting.location ? (
        <p className="-mt-4 mb-6 inline-flex items-center gap-1.5 text-sm text-muted-foreground">
          <MapPin aria-hidden="true" className="size-4" />
          {meeting.location}
        </p>
      ) : null}
      {closed ? (
        <FeedbackPulse
          className="mb-6"
          item={{ itemKind: "support_meeting", itemId: meeting.id }}
        />
      ) : null}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)] lg:items-start">
        <div className="flex min-w-0 flex-col gap-6">
          <Card>
            <CardHeader>
              <CardTitle>{closed ? "Agenda and notes" : "Agenda"}</CardTitle>
              <CardDescription>
                {closed
                  ? `Held for ${meeting.heldMinutes ?? "?"} minutes.`
                  : "The notes appear here once the meeting is over."}
              </CardDescription>
            </CardHeader>
            <CardContent>
              <SummaryAgenda agenda={agenda} withNotes={closed} />
            </CardContent>
          </Card>
          {/* Clips of classroom video brought to the meeting, for the team to watch. */}
          <MeetingClipsCard meetingId={meeting.id} hideWhenEmpty />
        </div>
        <div className="flex flex-col gap-6">
          <SummaryTeamGoal meetingId={meeting.id} />
          {closed ? (
            <>
              <SummaryCommitments commitments={commitments} viewerId={viewerId} />
              <Card>
                <CardHeader>
                  <CardTitle>Attendance</CardTitle>
                </CardHeader>
                <CardContent>
                  <MeetingAttendanceList members={attendance} />
                </CardContent>
              </Card>
            </>
          ) : null}
        </div>
      </div>
    </>
  );
}
