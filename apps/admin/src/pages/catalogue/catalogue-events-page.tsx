import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryView } from "@throughline/app-kit/query-view";
import { catalogueEventKindLabels } from "@throughline/domain/catalogue";
import { Badge } from "@throughline/ui/badge";
import { EmptyState } from "@throughline/ui/empty-state";
import { fieldError, formError } from "@throughline/ui/field-error";
import { FormAlert } from "@throughline/ui/form-alert";
import { formatTimeSpan, formatWeekdayDate } from "@throughline/ui/format";
import { PageHeader } from "@throughline/ui/page-header";
import { PendingButton } from "@throughline/ui/pending-button";
import { TitledCard } from "@throughline/ui/titled-card";
import { CalendarPlus } from "lucide-react";
import { type FormEvent, useState } from "react";
import { Link, useNavigate } from "react-router";
import { type AdminEvent, blankEvent, type EventDraft, eventInput } from "./event-draft.ts";
import { EventFields, eventFieldPaths } from "./event-fields.tsx";

/** The district's live sessions and workshops: seats taken and waitlist, and a new one. */
export function CatalogueEventsPage() {
  const events = useQuery(trpc.catalogueAdmin.events.queryOptions());
  return (
    <>
      <PageHeader
        title="Catalogue events"
        description="Live sessions and workshops any teacher of the district can register for. When seats run out, teachers join a waitlist and the first one waiting gets a seat that frees up, with a calendar invitation."
      />
      <div className="flex flex-col gap-8">
        <QueryView query={events} about="the catalogue events" headingLevel={2}>
          {(list) => <EventList events={list} />}
        </QueryView>
        <NewEventCard />
      </div>
    </>
  );
}

function seatsLine(event: AdminEvent): string {
  const seats = `${event.seatsTaken} of ${event.seatLimit} ${event.seatLimit === 1 ? "seat" : "seats"} taken`;
  return event.waitlistLength > 0 ? `${seats} · ${event.waitlistLength} on the waitlist` : seats;
}

function EventList({ events }: { events: readonly AdminEvent[] }) {
  if (events.length === 0) {
    return (
      <EmptyState icon={CalendarPlus} title="No events yet">
        Add a live session or workshop below; teachers find it in their catalogue.
      </EmptyState>
    );
  }
  return (
    <section aria-labelledby="events-heading" className="flex flex-col gap-3">
      <h2 id="events-heading" className="text-lg font-semibold">
        Events
      </h2>
      <ul className="flex flex-col divide-y divide-border rounded-[var(--radius-card)] border border-border bg-surface">
        {events.map((event) => (
          <li key={event.id} className="flex flex-col gap-1 px-4 py-3">
            <div className="flex flex-wrap items-center gap-2">
              <Link
                to={`/catalogue/events/${event.id}`}
                className="font-medium text-primary underline underline-offset-4"
              >
                {event.title}
              </Link>
              <Badge variant="info">{catalogueEventKindLabels[event.kind]}</Badge>
              {event.cancelledAt ? <Badge variant="danger">Cancelled</Badge> : null}
            </div>
            <p className="text-sm text-muted-foreground">
              <time dateTime={event.startsAt.toISOString()}>
                {formatWeekdayDate(event.startsAt)}, {formatTimeSpan(event.startsAt, event.endsAt)}
              </time>{" "}
              · {seatsLine(event)}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

function NewEventCard() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const indicators = useQuery(trpc.frameworkAdmin.indicators.queryOptions());
  const [draft, setDraft] = useState<EventDraft>(blankEvent);
  const create = useMutation(
    trpc.catalogueAdmin.createEvent.mutationOptions({
      onSuccess: async ({ eventId }) => {
        await queryClient.invalidateQueries(trpc.catalogueAdmin.events.queryFilter());
        await navigate(`/catalogue/events/${eventId}`);
      },
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(eventInput(draft));
  };
  return (
    <TitledCard title="New event" description="It appears in every teacher's catalogue at once.">
      <form onSubmit={submit} className="flex flex-col gap-4" noValidate>
        <EventFields
          draft={draft}
          onChange={setDraft}
          indicators={indicators.data ?? []}
          errorOf={(path) => fieldError(create.error, path)}
        />
        <FormAlert message={formError(create.error, eventFieldPaths)} />
        <PendingButton
          type="submit"
          className="self-start"
          pending={create.isPending}
          pendingLabel="Adding…"
        >
          Add event
        </PendingButton>
      </form>
    </TitledCard>
  );
}
