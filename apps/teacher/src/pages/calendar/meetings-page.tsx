import { PageHeader } from "@throughline/ui/page-header";
import { CalendarFeedSection } from "./calendar-feed-section.tsx";
import { UpcomingEvents } from "./upcoming-events.tsx";

/** Meetings: what is coming up for the teacher, and their calendar link. */
export function MeetingsPage() {
  return (
    <>
      <PageHeader
        title="Meetings"
        description="Your team's support meetings and your workshops in the next 60 days."
      />
      <div className="flex flex-col gap-8">
        <section aria-labelledby="upcoming-heading" className="flex flex-col gap-3">
          <h2 id="upcoming-heading" className="text-lg font-semibold text-foreground">
            Coming up
          </h2>
          <UpcomingEvents />
        </section>
        <CalendarFeedSection />
      </div>
    </>
  );
}
