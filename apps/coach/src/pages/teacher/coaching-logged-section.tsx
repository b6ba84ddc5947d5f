import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryState } from "@throughline/app-kit/query-state";
import { Link } from "react-router";
import { InteractionList } from "../coaching-log/interaction-list.tsx";

/** The coaching logged with this teacher by any of their coaches, notes included. */
export function CoachingLoggedSection({ teacherId }: { teacherId: string }) {
  const logged = useQuery(trpc.coachingLog.forTeacher.queryOptions({ teacherId }));
  return (
    <section aria-labelledby="coaching-logged-heading" className="flex flex-col gap-4">
      <h2 id="coaching-logged-heading" className="text-xl font-semibold tracking-tight">
        Coaching logged
      </h2>
      {!logged.isSuccess ? (
        <QueryState
          query={logged}
          loading="Loading the coaching log…"
          errorTitle="The coaching log could not be loaded"
          headingLevel={3}
        />
      ) : logged.data.length === 0 ? (
        <p className="text-muted-foreground">
          Nothing logged yet.{" "}
          <Link to="/coaching-log" className="text-primary underline hover:text-primary-hover">
            Log co-teaching, modelling or a debrief
          </Link>
        </p>
      ) : (
        <InteractionList interactions={logged.data} />
      )}
    </section>
  );
}
