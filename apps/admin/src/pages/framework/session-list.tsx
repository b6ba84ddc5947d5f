import { useMutation, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { moveOne } from "@throughline/domain/rules/reorder";
import { Alert } from "@throughline/ui/alert";
import { buttonColumn } from "@throughline/ui/button-column";
import { DataTable } from "@throughline/ui/data-table";
import { EmptyState } from "@throughline/ui/empty-state";
import { BookOpen } from "lucide-react";
import { Link } from "react-router";
import { LiveRegion, useAnnouncement } from "./live-region.tsx";
import { MoveButtons } from "./move-buttons.tsx";
import type { EditorStageDetail } from "./types.ts";

/**
 * The stage's sessions in order. Teachers' progress follows session ids, so moving a session
 * never undoes what anyone completed: their next session is the first one, in the new order,
 * they have not done.
 */
export function SessionList({ stage, canEdit }: { stage: EditorStageDetail; canEdit: boolean }) {
  const queryClient = useQueryClient();
  const [message, announce] = useAnnouncement();
  const reorder = useMutation(
    trpc.frameworkAdmin.reorderSessions.mutationOptions({
      onSuccess: () =>
        queryClient.invalidateQueries(trpc.frameworkAdmin.stage.queryFilter({ stageId: stage.id })),
    }),
  );
  const sessions = stage.sessions;
  const move = (index: number, step: -1 | 1) => {
    const moved = sessions[index];
    reorder.mutate(
      { stageId: stage.id, sessionIds: moveOne(sessions, index, step).map((s) => s.id) },
      {
        onSuccess: () =>
          announce(
            `${moved?.title ?? "The session"} is now session ${index + step + 1} of ${sessions.length}.`,
          ),
      },
    );
  };
  return (
    <section aria-labelledby="sessions-heading" className="flex flex-col gap-4">
      <h2 id="sessions-heading" className="text-lg font-semibold text-foreground">
        MicroPD sessions
      </h2>
      <LiveRegion message={message} />
      {reorder.isError ? (
        <Alert variant="error" title="The sessions were not moved">
          {reorder.error.message}
        </Alert>
      ) : null}
      {sessions.length === 0 ? (
        <EmptyState title="No sessions yet" icon={BookOpen}>
          <p>Add the stage's first MicroPD session below.</p>
        </EmptyState>
      ) : (
        <DataTable
          scrollLabel="MicroPD sessions"
          rows={sessions}
          columns={[
            { header: "#", headClassName: "w-12", cell: (session) => session.position },
            {
              header: "Session",
              cell: (session) => (
                <Link
                  to={`/framework/sessions/${session.id}`}
                  className="font-medium text-primary underline-offset-4 hover:underline"
                >
                  {session.title}
                </Link>
              ),
            },
            {
              header: "Minutes",
              headClassName: "text-right",
              className: "text-right",
              cell: (session) => session.estimatedMinutes,
            },
            {
              header: "Completed by",
              headClassName: "text-right",
              className: "text-right",
              cell: (session) =>
                `${session.completedBy} teacher${session.completedBy === 1 ? "" : "s"}`,
            },
            ...(canEdit
              ? [
                  buttonColumn("Order", (session: EditorStageDetail["sessions"][number]) => (
                    <MoveButtons
                      name={session.title}
                      index={sessions.indexOf(session)}
                      count={sessions.length}
                      disabled={reorder.isPending}
                      onMove={(step) => move(sessions.indexOf(session), step)}
                    />
                  )),
                ]
              : []),
          ]}
        />
      )}
    </section>
  );
}
