import { useMutation, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { catalogueEventKindLabels } from "@throughline/domain/catalogue";
import { Alert } from "@throughline/ui/alert";
import { Badge } from "@throughline/ui/badge";
import { formatTimeSpan, formatWeekdayDate } from "@throughline/ui/format";
import { PendingButton } from "@throughline/ui/pending-button";
import { CalendarDays, Clock, MapPin, Users, Video } from "lucide-react";
import { useState } from "react";
import { ItemFacts } from "./item-facts.tsx";
import type { CatalogueEvent } from "./types.ts";

function seatsText(item: CatalogueEvent): string {
  if (item.seatsLeft > 0) {
    return `${item.seatsLeft} of ${item.seatLimit} ${item.seatLimit === 1 ? "seat" : "seats"} left`;
  }
  const waiting = item.waitlistLength;
  return waiting === 0 ? "Full: join the waitlist" : `Full: ${waiting} on the waitlist`;
}

function MyPlace({ item }: { item: CatalogueEvent }) {
  if (!item.mine) return null;
  if (item.mine.status === "waitlisted") {
    return (
      <Badge variant="warning">You are number {item.mine.waitlistPosition} on the waitlist</Badge>
    );
  }
  return (
    <Badge variant="success">
      {item.mine.status === "attended" ? "You attended" : "You are registered"}
    </Badge>
  );
}

/**
 * A live session or workshop: when and where, seats left, the teacher's place, and Register,
 * Join waitlist or Cancel. What happened is said in a live region; a refusal beside the button.
 */
export function EventCard({ item }: { item: CatalogueEvent }) {
  const queryClient = useQueryClient();
  const [said, setSaid] = useState<string | null>(null);
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: trpc.catalogue.search.queryKey() });
  const register = useMutation(
    trpc.catalogue.register.mutationOptions({
      onSuccess: async (answer) => {
        setSaid(
          answer.status === "waitlisted"
            ? `You joined the waitlist as number ${answer.waitlistPosition}. If a seat frees up it is yours, and we will email you the invitation.`
            : "You are registered. The calendar invitation is on its way by email.",
        );
        await refresh();
      },
    }),
  );
  const cancel = useMutation(
    trpc.catalogue.cancel.mutationOptions({
      onSuccess: async () => {
        setSaid(
          item.mine?.status === "waitlisted"
            ? "You left the waitlist."
            : "Your registration is cancelled and your seat goes to the next person waiting.",
        );
        await refresh();
      },
    }),
  );
  const error = register.error ?? cancel.error;
  const label = catalogueEventKindLabels[item.kind];
  const place = item.location ?? null;
  const holding = item.mine?.status === "registered" || item.mine?.status === "waitlisted";
  return (
    <li
      id={`event-${item.id}`}
      className="flex scroll-mt-20 flex-col gap-3 rounded-[var(--radius-card)] border border-border bg-surface p-4"
    >
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <Badge variant="info">
          <Users aria-hidden="true" className="size-3" />
          {label}
        </Badge>
        <span className="inline-flex items-center gap-1 text-muted-foreground">
          <Clock aria-hidden="true" className="size-3.5" />
          {item.minutes} minutes of PD
        </span>
        <MyPlace item={item} />
      </div>
      <h3 className="font-semibold leading-snug">{item.title}</h3>
      <p className="flex items-center gap-2 text-sm font-medium">
        <CalendarDays aria-hidden="true" className="size-4 text-muted-foreground" />
        <time dateTime={item.startsAt.toISOString()}>
          {formatWeekdayDate(item.startsAt)}, {formatTimeSpan(item.startsAt, item.endsAt)}
        </time>
      </p>
      {place ? (
        <p className="flex items-center gap-2 text-sm text-muted-foreground">
          <MapPin aria-hidden="true" className="size-4" />
          {place}
        </p>
      ) : null}
      {item.joinUrl ? (
        <a
          href={item.joinUrl}
          target="_blank"
          rel="noreferrer"
          className="flex items-center gap-2 text-sm text-primary underline underline-offset-4"
        >
          <Video aria-hidden="true" className="size-4" />
          Join link (opens in a new tab)
        </a>
      ) : null}
      <p className="text-sm text-muted-foreground">{item.summary}</p>
      <ItemFacts item={item} />
      <p className="text-sm font-medium">{seatsText(item)}</p>
      <div className="flex flex-wrap items-center gap-2">
        {holding ? (
          <PendingButton
            variant="secondary"
            size="sm"
            pending={cancel.isPending}
            pendingLabel="Cancelling…"
            aria-label={`${item.mine?.status === "waitlisted" ? "Leave the waitlist" : "Cancel my registration"}: ${item.title}`}
            onClick={() => cancel.mutate({ eventId: item.id })}
          >
            {item.mine?.status === "waitlisted" ? "Leave the waitlist" : "Cancel my registration"}
          </PendingButton>
        ) : item.mine?.status === "attended" ? null : (
          <PendingButton
            size="sm"
            pending={register.isPending}
            pendingLabel="Registering…"
            aria-label={`${item.seatsLeft > 0 ? "Register" : "Join the waitlist"}: ${item.title}`}
            onClick={() => register.mutate({ eventId: item.id })}
          >
            {item.seatsLeft > 0 ? "Register" : "Join the waitlist"}
          </PendingButton>
        )}
      </div>
      <div aria-live="polite">
        {said && !error ? <Alert variant="success">{said}</Alert> : null}
      </div>
      {error ? <Alert variant="error">{error.message}</Alert> : null}
    </li>
  );
}
