import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryState } from "@throughline/app-kit/query-state";
import {
  commentsMinResponses,
  revisionFlagRule,
} from "@throughline/domain/rules/session-feedback-figures";
import type { AuthoredSessionFeedback } from "@throughline/domain/session-feedback";
import { usefulnessLabels, usefulnessLevels } from "@throughline/domain/session-feedback-answers";
import { Alert } from "@throughline/ui/alert";
import { PageHeader } from "@throughline/ui/page-header";
import { TitledCard } from "@throughline/ui/titled-card";
import { Link } from "react-router";
import { SessionFeedbackTable } from "./session-feedback-table.tsx";

interface StageGroup {
  id: string;
  label: string;
  sessions: AuthoredSessionFeedback[];
}

function byStage(sessions: readonly AuthoredSessionFeedback[]): StageGroup[] {
  const groups = new Map<string, StageGroup>();
  for (const session of sessions) {
    const group = groups.get(session.stage.id) ?? {
      id: session.stage.id,
      label: `Stage ${session.stage.position}: ${session.stage.title}`,
      sessions: [],
    };
    group.sessions.push(session);
    groups.set(session.stage.id, group);
  }
  return [...groups.values()];
}

const legendColour = ["bg-danger", "bg-warning", "bg-info", "bg-success"];

/**
 * For the district's framework authors: per MicroPD session, how many completed it, how long it
 * took, what teachers said in the pulse, their comments (unsigned, from three responses), and
 * which sessions the rule flags for revision.
 */
export function SessionFeedbackPage() {
  const feedback = useQuery(trpc.sessionFeedback.authoredSessions.queryOptions());
  const header = (
    <>
      <Link
        to="/framework"
        className="mb-4 inline-block text-sm font-medium text-primary underline"
      >
        Back to the framework
      </Link>
      <PageHeader
        title="Session feedback"
        description={`What teachers said in the two-question pulse after each MicroPD session. Median minutes count completions finished within one sitting of opening the session. A session is flagged for revision when at least ${revisionFlagRule.minResponses} teachers rated it and their average is below ${revisionFlagRule.belowMean.toFixed(1)} of 4.`}
      />
    </>
  );
  if (!feedback.isSuccess) {
    return (
      <>
        {header}
        <QueryState
          query={feedback}
          loading="Loading session feedback…"
          errorTitle="We could not load session feedback"
        />
      </>
    );
  }
  const flagged = feedback.data.filter((session) => session.revision.flagged);
  const withComments = feedback.data.filter(
    (session) => session.comments.visible && session.comments.items.length > 0,
  );
  return (
    <>
      {header}
      <div className="flex flex-col gap-8">
        {flagged.length > 0 ? (
          <Alert
            variant="warning"
            title={
              flagged.length === 1
                ? "1 session is flagged for revision"
                : `${flagged.length} sessions are flagged for revision`
            }
          >
            <ul className="list-disc pl-5">
              {flagged.map((session) => (
                <li key={session.sessionId}>
                  Stage {session.stage.position}, session {session.position}: {session.title}
                </li>
              ))}
            </ul>
          </Alert>
        ) : null}
        <p className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-muted-foreground">
          <span>Usefulness:</span>
          {usefulnessLevels.map((level, index) => (
            <span key={level} className="inline-flex items-center gap-1.5">
              <span aria-hidden="true" className={`size-3 rounded-sm ${legendColour[index]}`} />
              {level} {usefulnessLabels[level]}
            </span>
          ))}
        </p>
        {byStage(feedback.data).map((group) => (
          <section
            key={group.id}
            aria-labelledby={`stage-${group.id}`}
            className="flex flex-col gap-3"
          >
            <h2 id={`stage-${group.id}`} className="text-xl font-semibold tracking-tight">
              {group.label}
            </h2>
            <SessionFeedbackTable stageLabel={group.label} sessions={group.sessions} />
          </section>
        ))}
        <TitledCard
          title="Comments"
          description={
            <>
              Shown for a session once at least {commentsMinResponses} teachers responded, without
              names or dates, so no comment can be tied to the teacher who wrote it.
            </>
          }
          contentClassName="flex flex-col gap-3"
        >
          {withComments.length === 0 ? (
            <p className="text-sm text-muted-foreground">No comments can be shown yet.</p>
          ) : (
            withComments.map((session) => (
              <details key={session.sessionId} className="rounded-md border border-border">
                <summary className="cursor-pointer px-4 py-3 font-medium">
                  Stage {session.stage.position}, session {session.position}: {session.title} (
                  {session.comments.visible ? session.comments.items.length : 0})
                </summary>
                <ul className="flex flex-col gap-2 px-4 pb-4">
                  {session.comments.visible
                    ? session.comments.items.map((comment, index) => (
                        // Comments carry no id on purpose (nothing that could identify them).
                        <li key={index} className="border-l-2 border-border pl-3 text-sm">
                          “{comment}”
                        </li>
                      ))
                    : null}
                </ul>
              </details>
            ))
          )}
        </TitledCard>
      </div>
    </>
  );
}
