import { useMutation } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import type { MeetingRoom } from "@throughline/domain/meeting-room";
import { Button } from "@throughline/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@throughline/ui/card";
import { cn } from "@throughline/ui/utils";
import { ArrowRight } from "lucide-react";
import { SharedNotes } from "./notes-panels.tsx";
import { StepTimer } from "./step-timer.tsx";
import { useRefreshRoom } from "./use-room.ts";

/** The agenda while the meeting runs: the steps, the one the room is on, its timer and notes. */
export function AgendaRunner({ room }: { room: MeetingRoom }) {
  const meetingId = room.meeting.id;
  const refresh = useRefreshRoom(meetingId);
  const move = useMutation(trpc.meetingRoom.setActiveItem.mutationOptions({ onSuccess: refresh }));
  const activeIndex = room.agenda.findIndex((item) => item.id === room.meeting.activeItemId);
  const active = room.agenda[activeIndex];
  const next = room.agenda[activeIndex + 1];

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,2fr)] lg:items-start">
      <nav aria-label="Agenda steps">
        <ol className="flex flex-col gap-2">
          {room.agenda.map((item) => {
            const current = item.id === active?.id;
            return (
              <li key={item.id}>
                <button
                  type="button"
                  aria-current={current ? "step" : undefined}
                  disabled={move.isPending}
                  onClick={() => move.mutate({ meetingId, itemId: item.id })}
                  className={cn(
                    "flex min-h-11 w-full items-center justify-between gap-3 rounded-md border px-3 py-2 text-left text-sm",
                    current
                      ? "border-primary bg-primary-soft font-semibold text-primary-soft-foreground"
                      : "border-border bg-surface hover:bg-muted",
                  )}
                >
                  <span>
                    {item.position}. {item.title}
                  </span>
                  <span className="shrink-0 text-muted-foreground">{item.minutes} min</span>
                </button>
              </li>
            );
          })}
        </ol>
        {move.error ? (
          <p role="alert" className="mt-2 text-sm font-medium text-danger">
            {move.error.message}
          </p>
        ) : null}
      </nav>
      {active ? (
        <Card aria-labelledby="active-step-heading">
          <CardHeader className="flex flex-col gap-3">
            <p className="text-sm text-muted-foreground">
              Step {active.position} of {room.agenda.length}
              {active.protocolName ? ` · ${active.protocolName}` : ""}
            </p>
            <CardTitle id="active-step-heading">{active.title}</CardTitle>
            {room.meeting.activeItemStartedAt ? (
              <StepTimer startedAt={room.meeting.activeItemStartedAt} minutes={active.minutes} />
            ) : null}
          </CardHeader>
          <CardContent className="flex flex-col gap-5">
            <p>{active.purpose}</p>
            {active.prompts.length > 0 ? (
              <div>
                <h3 className="mb-2 text-sm font-semibold">Prompts</h3>
                <ul className="list-disc space-y-1 pl-5 text-sm">
                  {active.prompts.map((prompt) => (
                    <li key={prompt}>{prompt}</li>
                  ))}
                </ul>
              </div>
            ) : null}
            <SharedNotes meetingId={meetingId} item={active} />
            {next ? (
              <Button
                variant="secondary"
                className="self-start"
                disabled={move.isPending}
                onClick={() => move.mutate({ meetingId, itemId: next.id })}
              >
                Next step: {next.title}
                <ArrowRight aria-hidden="true" />
              </Button>
            ) : (
              <p className="text-sm text-muted-foreground">This is the last step.</p>
            )}
          </CardContent>
        </Card>
      ) : (
        <p>Choose a step to begin.</p>
      )}
    </div>
  );
}
