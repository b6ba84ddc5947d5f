import { useQuery } from "@tanstack/react-query";
import { errorCode } from "@throughline/app-kit/app-gate";
import { trpc } from "@throughline/app-kit/client";
import { buttonClasses } from "@throughline/ui/button";
import { EmptyState } from "@throughline/ui/empty-state";
import { ErrorState } from "@throughline/ui/error-state";
import { IndicatorBadges } from "@throughline/ui/indicator-badges";
import { Loading } from "@throughline/ui/loading";
import { NotFound } from "@throughline/ui/not-found";
import { PageHeader } from "@throughline/ui/page-header";
import { ChevronLeft, Clock, Lock } from "lucide-react";
import { Link, useParams } from "react-router";
import { AfterLessonNotice } from "./after-lesson-notice.tsx";
import { SessionPlayer } from "./session-player.tsx";

/** The MicroPD player: a session's header, then its blocks one at a time and the reflection. */
export function SessionPage() {
  const { sessionId = "" } = useParams();
  const query = useQuery(trpc.micropd.session.queryOptions({ sessionId }));

  if (query.isPending) return <Loading label="Loading the session…" />;
  if (query.isError) {
    const code = errorCode(query.error);
    if (code === "NOT_FOUND" || code === "BAD_REQUEST") return <NotFound />;
    if (code === "FORBIDDEN") {
      return (
        <EmptyState
          title="This session is not open to you yet"
          headingLevel={1}
          icon={Lock}
          action={
            <Link to="/path" className={buttonClasses({ variant: "secondary" })}>
              Go to my path
            </Link>
          }
        >
          <p>{query.error.message}</p>
        </EmptyState>
      );
    }
    return (
      <ErrorState
        headingLevel={1}
        title="This session could not be loaded"
        message={query.error.message}
        onRetry={() => {
          void query.refetch();
        }}
        retrying={query.isFetching}
      />
    );
  }

  const view = query.data;
  const { session, stage } = view;
  return (
    <div className="mx-auto flex max-w-3xl flex-col">
      <Link
        to={view.fromCatalogue ? "/catalogue" : `/stages/${stage.id}`}
        className="mb-4 inline-flex items-center gap-1 self-start text-sm font-medium text-primary underline-offset-4 hover:underline"
      >
        <ChevronLeft aria-hidden="true" className="size-4" />
        {view.fromCatalogue ? "Elective catalogue" : `Stage ${stage.position}: ${stage.title}`}
      </Link>
      <PageHeader
        className="mb-6"
        title={session.title}
        description={
          <div className="flex flex-col gap-3">
            <p>{session.summary}</p>
            <p className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
              <span>
                Session {session.position} of {view.sessionsTotal}
              </span>
              <span className="inline-flex items-center gap-1.5">
                <Clock aria-hidden="true" className="size-4" />
                About {session.estimatedMinutes} minutes
              </span>
            </p>
            <IndicatorBadges indicators={view.indicators} />
          </div>
        }
      />
      <AfterLessonNotice view={view} />
      {/* A new session starts a new player, so its place is read afresh. */}
      <SessionPlayer key={session.id} view={view} />
    </div>
  );
}
