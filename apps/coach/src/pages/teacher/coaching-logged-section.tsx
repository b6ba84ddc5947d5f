import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryView } from "@throughline/app-kit/query-view";
import { TitledSection } from "@throughline/ui/titled-section";
import { Link } from "react-router";
import { InteractionList } from "../coaching-log/interaction-list.tsx";

/** The coaching logged with this teacher by any of their coaches, notes included. */
export function CoachingLoggedSection({ teacherId }: { teacherId: string }) {
  const logged = useQuery(trpc.coachingLog.forTeacher.queryOptions({ teacherId }));
  return (
    <TitledSection headingId="coaching-logged-heading" title="Coaching logged" size="xl">
      <QueryView query={logged} about="the coaching log" headingLevel={3}>
        {(interactions) =>
          interactions.length === 0 ? (
            <p className="text-muted-foreground">
              Nothing logged yet.{" "}
              <Link to="/coaching-log" className="text-primary underline hover:text-primary-hover">
                Log co-teaching, modelling or a debrief
              </Link>
            </p>
          ) : (
            <InteractionList interactions={interactions} />
          )
        }
      </QueryView>
    </TitledSection>
  );
}
