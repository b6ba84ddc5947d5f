import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryView } from "@throughline/app-kit/query-view";
import { catalogueEventKindLabels } from "@throughline/domain/catalogue";
import { Alert } from "@throughline/ui/alert";
import { Badge } from "@throughline/ui/badge";
import { Button } from "@throughline/ui/button";
import { ConfirmDialog } from "@throughline/ui/confirm-dialog";
import { fieldError, formError } from "@throughline/ui/field-error";
import { FormAlert } from "@throughline/ui/form-alert";
import { formatTimeSpan, formatWeekdayDate } from "@throughline/ui/format";
import { PageHeader } from "@throughline/ui/page-header";
import { PendingButton } from "@throughline/ui/pending-button";
import { TitledCard } from "@throughline/ui/titled-card";
import { type FormEvent, useState } from "react";
import { Link, useParams } from "react-router";
import { type AdminEvent, draftOfEvent, type EventDraft, eventInput } from "./event-draft.ts";
import { EventFields, eventFieldPaths } from "./event-fields.tsx";
import { RegistrationsTable } from "./registrations-table.tsx";

/** One catalogue event: its registrations and waitlist, attendance, changes and cancelling. */
export function CatalogueEventPage() {
  const { eventId = "" } = useParams();
  const events = useQuery(trpc.catalogueAdmin.events.queryOptions());
  return (
    <>
      <Link
        to="/catalogue/events"
        className="mb-4 inline-block text-sm font-medium text-primary underline"
      >
        Back to catalogue events
      </Link>
      <QueryView query={events} about="the event" headingLevel={1}>
        {(list) => {
          const event = list.find((each) => each.id === eventId);
          return event ? (
            <EventDetail event={event} />
          ) : (
            <PageHeader
              title="No such event"
              description="It is not in your district's catalogue."
            />
          );
        }}
      </QueryView>
    </>
  );
}

function EventDetail({ event }: { event: AdminEvent }) {
  const registrations = useQuery(
    trpc.catalogueAdmin.registrations.queryOptions({ eventId: event.id }),
  );
  return (
    <>
      <PageHeader
        title={event.title}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <Badge variant="info">{catalogueEventKindLabels[event.kind]}</Badge>
            {event.cancelledAt ? <Badge variant="danger">Cancelled</Badge> : null}
            <time dateTime={event.startsAt.toISOString()}>
              {formatWeekdayDate(event.startsAt)}, {formatTimeSpan(event.startsAt, event.endsAt)}
            </time>
            <span>
              · {event.seatsTaken} of {event.seatLimit} {event.seatLimit === 1 ? "seat" : "seats"}{" "}
              taken · {event.waitlistLength} on the waitlist
            </span>
          </span>
        }
      />
      <div className="flex flex-col gap-8">
        <TitledCard title="Registrations and waitlist">
          <QueryView
            query={registrations}
            about="the registrations"
            headingLevel={3}
            placement="card"
          >
            {(rows) => <RegistrationsTable eventId={event.id} rows={rows} />}
          </QueryView>
        </TitledCard>
        {event.cancelledAt ? null : (
          <>
            <EditEventCard key={event.id} event={event} />
            <CancelEventCard event={event} />
          </>
        )}
      </div>
    </>
  );
}

function EditEventCard({ event }: { event: AdminEvent }) {
  const queryClient = useQueryClient();
  const indicators = useQuery(trpc.frameworkAdmin.indicators.queryOptions());
  const [draft, setDraft] = useState<EventDraft>(() => draftOfEvent(event));
  const [said, setSaid] = useState<string | null>(null);
  const update = useMutation(
    trpc.catalogueAdmin.updateEvent.mutationOptions({
      onSuccess: async ({ promoted }) => {
        setSaid(
          promoted > 0
            ? `Saved. ${promoted} ${promoted === 1 ? "teacher" : "teachers"} moved from the waitlist to a seat and were sent the invitation.`
            : "Saved.",
        );
        await Promise.all([
          queryClient.invalidateQueries(trpc.catalogueAdmin.events.queryFilter()),
          queryClient.invalidateQueries(trpc.catalogueAdmin.registrations.queryFilter()),
        ]);
      },
    }),
  );
  const submit = (formEvent: FormEvent) => {
    formEvent.preventDefault();
    setSaid(null);
    update.mutate({ eventId: event.id, event: eventInput(draft) });
  };
  return (
    <TitledCard
      title="Change the event"
      description="More seats go at once to the waitlist, in order."
    >
      <form onSubmit={submit} className="flex flex-col gap-4" noValidate>
        <EventFields
          draft={draft}
          onChange={setDraft}
          indicators={indicators.data ?? []}
          errorOf={(path) => fieldError(update.error, `event.${path}`)}
        />
        <FormAlert
          message={formError(
            update.error,
            eventFieldPaths.map((path) => `event.${path}`),
          )}
        />
        <div aria-live="polite">{said ? <Alert variant="success">{said}</Alert> : null}</div>
        <PendingButton
          type="submit"
          className="self-start"
          pending={update.isPending}
          pendingLabel="Saving…"
        >
          Save changes
        </PendingButton>
      </form>
    </TitledCard>
  );
}

function CancelEventCard({ event }: { event: AdminEvent }) {
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const cancel = useMutation(
    trpc.catalogueAdmin.cancelEvent.mutationOptions({
      onSuccess: async () => {
        setOpen(false);
        await queryClient.invalidateQueries(trpc.catalogueAdmin.events.queryFilter());
      },
    }),
  );
  return (
    <TitledCard
      title="Cancel the event"
      description="Everyone with a seat or on the waitlist is told, and their calendar invitation is withdrawn."
    >
      <Button variant="danger" className="self-start" onClick={() => setOpen(true)}>
        Cancel this event
      </Button>
      <ConfirmDialog
        open={open}
        title={`Cancel “${event.title}”?`}
        confirmLabel="Cancel the event"
        pendingLabel="Cancelling…"
        confirmVariant="danger"
        cancelLabel="Keep it"
        pending={cancel.isPending}
        error={cancel.error?.message ?? null}
        onConfirm={() => cancel.mutate({ eventId: event.id })}
        onClose={() => setOpen(false)}
      >
        {event.seatsTaken + event.waitlistLength} teachers hold a seat or a waitlist place. They
        will be told by email.
      </ConfirmDialog>
    </TitledCard>
  );
}
