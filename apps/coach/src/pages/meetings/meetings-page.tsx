import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryState } from "@throughline/app-kit/query-state";
import { Alert } from "@throughline/ui/alert";
import { buttonClasses } from "@throughline/ui/button";
import { EmptyState } from "@throughline/ui/empty-state";
import { PageHeader } from "@throughline/ui/page-header";
import { TitledSection } from "@throughline/ui/titled-section";
import { CalendarPlus, CalendarX } from "lucide-react";
import { useState } from "react";
import { Link, useLocation } from "react-router";
import { CancelMeetingDialog } from "./cancel-meeting-dialog.tsx";
import { EditMeetingDialog } from "./edit-meeting-dialog.tsx";
import { MeetingRow } from "./meeting-row.tsx";
import type { CoachMeeting, MeetingsPageState } from "./types.ts";

/** The meetings of the teams the viewer runs: upcoming (to edit or cancel) and recent. */
export function MeetingsPage() {
  const meetings = useQuery(trpc.meetings.forCoach.queryOptions());
  const location = useLocation();
  const scheduled = (location.state as MeetingsPageState | null)?.status ?? null;
  const [status, setStatus] = useState<string | null>(null);
  const [cancelling, setCancelling] = useState<CoachMeeting | null>(null);
  const [editing, setEditing] = useState<CoachMeeting | null>(null);

  const scheduleLink = (
    <Link to="/meetings/new" className={buttonClasses()}>
      <CalendarPlus aria-hidden="true" />
      Schedule a meeting
    </Link>
  );
  return (
    <>
      <PageHeader
        title="Meetings"
        description="Support meetings of the teams you facilitate or coach."
        aside={scheduleLink}
      />
      {(status ?? scheduled) ? (
        <Alert variant="success" className="mb-6">
          {status ?? scheduled}
        </Alert>
      ) : null}
      <QueryState
        query={meetings}
        loading="Loading meetings…"
        errorTitle="The meetings could not be loaded"
      />
      {meetings.data ? (
        <div className="flex flex-col gap-8">
          <TitledSection headingId="upcoming-heading" title="Upcoming" headingClassName="text-xl">
            {meetings.data.upcoming.length === 0 ? (
              <EmptyState title="Nothing scheduled in the next 90 days" icon={CalendarX}>
                <p>Schedule a meeting for one of your teams, once or repeating.</p>
              </EmptyState>
            ) : (
              <ul className="flex flex-col gap-3">
                {meetings.data.upcoming.map((meeting) => (
                  <MeetingRow
                    key={meeting.id}
                    meeting={meeting}
                    onCancel={setCancelling}
                    onEdit={setEditing}
                  />
                ))}
              </ul>
            )}
          </TitledSection>
          <TitledSection headingId="recent-heading" title="Recent" headingClassName="text-xl">
            {meetings.data.recent.length === 0 ? (
              <p className="text-sm text-muted-foreground">No meetings in the last 30 days.</p>
            ) : (
              <ul className="flex flex-col gap-3">
                {meetings.data.recent.map((meeting) => (
                  <MeetingRow key={meeting.id} meeting={meeting} />
                ))}
              </ul>
            )}
          </TitledSection>
        </div>
      ) : null}
      <EditMeetingDialog
        meeting={editing}
        onClose={() => setEditing(null)}
        onSaved={(message) => {
          setEditing(null);
          setStatus(message);
        }}
      />
      <CancelMeetingDialog
        meeting={cancelling}
        onClose={() => setCancelling(null)}
        onCancelled={(message) => {
          setCancelling(null);
          setStatus(message);
        }}
      />
    </>
  );
}
