import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryState } from "@throughline/app-kit/query-state";
import { Alert } from "@throughline/ui/alert";
import { Badge } from "@throughline/ui/badge";
import { Button } from "@throughline/ui/button";
import { useState } from "react";
import { SetAsideDialog } from "./set-aside-dialog.tsx";
import type { TeacherRecommendation } from "./types.ts";

const pinWords = "Assigned by your coach";

/** A small button acting on one recommendation, named with its session for screen readers. */
function ItemAction({
  action,
  title,
  variant = "secondary",
  disabled,
  onClick,
}: {
  action: string;
  title: string;
  variant?: "secondary" | "ghost";
  disabled: boolean;
  onClick: () => void;
}) {
  return (
    <Button
      variant={variant}
      size="sm"
      disabled={disabled}
      aria-label={`${action}: ${title}`}
      onClick={onClick}
    >
      {action}
    </Button>
  );
}

/** The reason as the coach reads it: the pin is shown by its badge. */
function reasonOf(item: TeacherRecommendation): string {
  return item.reason.startsWith(pinWords)
    ? item.reason.slice(pinWords.length).replace(/^\.\s*/, "")
    : item.reason;
}

/** The teacher's list as they see it, with pin and unpin for the coach. */
export function TeacherRecommendations({ teacherId, name }: { teacherId: string; name: string }) {
  const queryClient = useQueryClient();
  const list = useQuery(trpc.recommendations.forTeacher.queryOptions({ teacherId }));
  const onSuccess = () =>
    queryClient.invalidateQueries({ queryKey: trpc.recommendations.forTeacher.queryKey() });
  const pin = useMutation(trpc.recommendations.pin.mutationOptions({ onSuccess }));
  const unpin = useMutation(trpc.recommendations.unpin.mutationOptions({ onSuccess }));
  const [settingAside, setSettingAside] = useState<TeacherRecommendation | null>(null);

  if (!list.isSuccess) {
    return <QueryState query={list} about="the recommendations" placement="card" />;
  }
  if (list.data.length === 0) {
    return (
      <p className="text-sm text-muted-foreground">
        Nothing is recommended to {name} now: no indicator seen is below its target.
      </p>
    );
  }
  const busy = pin.isPending || unpin.isPending;
  const failure = pin.error ?? unpin.error;
  return (
    <div className="flex flex-col gap-3">
      {failure ? <Alert variant="error">{failure.message}</Alert> : null}
      <ul className="flex flex-col gap-3">
        {list.data.map((item) => (
          <li
            key={item.sessionId}
            className="flex flex-col gap-2 rounded-md border border-border p-3 sm:flex-row sm:items-start sm:justify-between"
          >
            <div className="flex flex-col gap-1">
              <p className="font-medium">
                {item.title}{" "}
                <span className="text-sm font-normal text-muted-foreground">
                  · {item.program ? `${item.program.title} · ` : ""}Stage {item.stage.position} ·{" "}
                  {item.estimatedMinutes} min
                </span>
              </p>
              {item.pinnedBy ? (
                <Badge variant="primary" className="self-start">
                  Assigned by {item.pinnedBy.displayName}
                </Badge>
              ) : null}
              {reasonOf(item) ? (
                <p className="text-sm text-muted-foreground">{reasonOf(item)}</p>
              ) : null}
            </div>
            <div className="flex flex-wrap gap-2">
              {item.pinnedBy ? (
                <ItemAction
                  action="Unassign"
                  title={item.title}
                  disabled={busy}
                  onClick={() => unpin.mutate({ teacherId, sessionId: item.sessionId })}
                />
              ) : (
                <ItemAction
                  action="Assign first"
                  title={item.title}
                  disabled={busy}
                  onClick={() => pin.mutate({ teacherId, sessionId: item.sessionId })}
                />
              )}
              <ItemAction
                action="Set aside"
                variant="ghost"
                title={item.title}
                disabled={busy}
                onClick={() => setSettingAside(item)}
              />
            </div>
          </li>
        ))}
      </ul>
      <SetAsideDialog
        teacherId={teacherId}
        name={name}
        recommendation={settingAside}
        onClose={() => setSettingAside(null)}
      />
    </div>
  );
}
