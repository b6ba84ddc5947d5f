import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import type { PendingFeedback } from "@throughline/domain/session-feedback";
import { useState } from "react";
import { FeedbackPulse } from "./feedback-pulse.tsx";
import { hiddenForNow } from "./not-now.ts";

/**
 * On the home: the pulse on the most recent thing the teacher finished in the last two weeks and
 * has not answered, skipped or put off; the next one comes up once it is put away.
 */
export function PendingFeedbackCard() {
  const pending = useQuery(trpc.sessionFeedback.pending.queryOptions());
  // The item being asked about stays while it is answered (the list drops it after the first
  // tap); items put away in this view are not asked again in it.
  const [pinned, setPinned] = useState<PendingFeedback | null>(null);
  const [done, setDone] = useState<string[]>([]);
  const waiting = (pending.data ?? []).filter(
    (item) => !done.includes(item.itemId) && !hiddenForNow(item),
  );
  const current = pinned ?? waiting[0];
  if (!current) return null;
  if (!pinned) setPinned(current);
  const more = waiting.filter((item) => item.itemId !== current.itemId).length;
  return (
    <div className="flex flex-col gap-2">
      <FeedbackPulse
        key={current.itemId}
        item={{ itemKind: current.itemKind, itemId: current.itemId }}
        // A pending item has no answer saved yet: the card draws with the home instead of
        // waiting for a request of its own.
        known={{
          itemKind: current.itemKind,
          itemId: current.itemId,
          title: current.title,
          state: "unanswered",
          usefulness: null,
          willUse: null,
          comment: null,
        }}
        onDone={() => {
          setDone((ids) => [...ids, current.itemId]);
          setPinned(null);
        }}
      />
      {more > 0 ? (
        <p className="text-sm text-muted-foreground">
          {more === 1 ? "One more thing" : `${more} more things`} you finished recently will ask
          next.
        </p>
      ) : null}
    </div>
  );
}
