import { PageHeader } from "@throughline/ui/page-header";
import { CalendarFeedSection } from "./calendar-feed-section.tsx";
import { UpcomingEvents } from "./upcoming-events.tsx";

/** Calendar: the meetings and workshops coming up, and the coach's calendar link. */
export function CalendarPage() {
  return (
    <>
      <PageHeader
        title="Calendar"
        description="Support meetings of the teams you facilitate or belong to, and the workshops of your cohorts, in the next 60 days."
      />
      <div className="flex flex-col gap-8">
        <CalendarFeedSection />
        <section aria-labelledby="upcoming-heading" className="flex flex-col gap-3">
          <h2 id="upcoming-heading" className="text-lg font-semibold text-foreground">
            Coming up
          </h2>
          <UpcomingEvents />
        </section>
      </div>
    </>
  );
}
