import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryView } from "@throughline/app-kit/query-view";
import { CoachingInteractionList } from "@throughline/ui/coaching-interaction-list";
import { TitledSection } from "@throughline/ui/titled-section";

/**
 * The coaching logged with the teacher — co-teaching, modelling, debriefs, planning, check-ins —
 * with the coach's note, and whether the district counts it as PD time.
 */
export function CoachingReceived() {
  const record = useQuery(trpc.coachingLog.onMyRecord.queryOptions());
  return (
    <TitledSection
      headingId="coaching-received-heading"
      title="Coaching you received"
      className="mt-10 max-w-3xl"
      headingClassName="text-xl"
    >
      <QueryView query={record} about="your coaching" headingLevel={3}>
        {({ countsAsPd, interactions }) => (
          <>
            <p className="text-sm text-muted-foreground">
              {countsAsPd
                ? "Your district counts this coaching toward your PD hours."
                : "Your district does not count this coaching toward PD hours."}{" "}
              Principals see only that it happened, never the notes.
            </p>
            {interactions.length === 0 ? (
              <p>No coaching logged with you yet.</p>
            ) : (
              <CoachingInteractionList interactions={interactions} viewer="teacher" />
            )}
          </>
        )}
      </QueryView>
    </TitledSection>
  );
}
