import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryState } from "@throughline/app-kit/query-state";
import { Alert } from "@throughline/ui/alert";
import { Button } from "@throughline/ui/button";
import { EmptyState } from "@throughline/ui/empty-state";
import { PageHeader } from "@throughline/ui/page-header";
import { KeyRound, Mail, PartyPopper } from "lucide-react";
import { useState } from "react";
import { type NotSignedInPerson, NotSignedInTable } from "./not-signed-in-table.tsx";
import { PeopleTabs } from "./people-tabs.tsx";

function peopleCount(count: number): string {
  return count === 1 ? "1 person" : `${count} people`;
}

/**
 * "Not signed in yet": everyone without a sign-in, with invitations by email in bulk (each with
 * a one-time link) and a reminder for those who have not accepted. A district that signs in
 * with single sign-on only needs none of this, and the page says so.
 */
export function InvitationsPage() {
  const queryClient = useQueryClient();
  const list = useQuery(trpc.invitations.notSignedIn.queryOptions());
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [reminding, setReminding] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries(trpc.invitations.pathFilter());
  const send = useMutation(
    trpc.invitations.send.mutationOptions({
      onSuccess: async ({ sent }) => {
        setSelected(new Set());
        // The list is reloaded first so the notice never appears beside rows still showing
        // "not invited".
        await refresh();
        setNotice(
          sent === 0
            ? "Nobody needed an invitation."
            : `Invitations are on their way to ${peopleCount(sent)}.`,
        );
      },
    }),
  );
  const remind = useMutation(
    trpc.invitations.remind.mutationOptions({
      onSettled: async () => {
        setReminding(null);
        await refresh();
      },
    }),
  );

  const header = (
    <PageHeader
      title="People"
      description="Everyone in your schools, their roles and teams, and whether they can sign in."
    />
  );
  if (!list.isSuccess) {
    return (
      <>
        {header}
        <PeopleTabs />
        <QueryState
          query={list}
          loading="Loading who has not signed in…"
          errorTitle="We could not load who has not signed in yet"
        />
      </>
    );
  }
  const data = list.data;
  if (data.singleSignOnOnly) {
    return (
      <>
        {header}
        <PeopleTabs />
        <EmptyState title="People sign in with single sign-on" icon={KeyRound}>
          <p>
            Your district signs in with its identity provider and password sign-in is off, so nobody
            needs an invitation: people open Throughline and sign in with their school account.
          </p>
        </EmptyState>
      </>
    );
  }

  const remindOne = (person: NotSignedInPerson) => {
    setNotice(null);
    setReminding(person.id);
    remind.mutate(
      { personIds: [person.id] },
      {
        onSuccess: () =>
          setNotice(`A reminder with a new link is on its way to ${person.displayName}.`),
      },
    );
  };
  const toggle = (personId: string, checked: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (checked) next.add(personId);
      else next.delete(personId);
      return next;
    });
  const chosen = data.people.filter((person) => selected.has(person.id));

  return (
    <>
      {header}
      <PeopleTabs />
      <div className="flex flex-col gap-6">
        <section aria-labelledby="invite-heading" className="flex flex-col gap-3">
          <h2 id="invite-heading" className="text-lg font-semibold">
            Not signed in yet
          </h2>
          <p className="max-w-3xl text-sm text-muted-foreground">
            Each invitation is an email with a one-time link to set a password, working for 7 days.
            Anyone who has not accepted after 3 days gets one reminder with a new link.
          </p>
          <p className="text-sm" aria-live="polite">
            {data.total === 0
              ? "Everyone can sign in."
              : `${peopleCount(data.total)} without a sign-in, ${data.notInvited} never invited.`}
          </p>
          {data.total > 0 ? (
            <div className="flex flex-wrap gap-3">
              <Button
                disabled={chosen.length === 0 || send.isPending}
                onClick={() => {
                  setNotice(null);
                  send.mutate({ to: "people", personIds: chosen.map((person) => person.id) });
                }}
              >
                <Mail aria-hidden="true" />
                {chosen.length === 0
                  ? "Send invitations"
                  : `Send invitations to ${peopleCount(chosen.length)}`}
              </Button>
              <Button
                variant="secondary"
                disabled={data.notInvited === 0 || send.isPending}
                onClick={() => {
                  setNotice(null);
                  send.mutate({ to: "everyone_not_invited" });
                }}
              >
                Invite everyone not yet invited ({data.notInvited})
              </Button>
            </div>
          ) : null}
          {notice ? <Alert variant="success">{notice}</Alert> : null}
          {send.isError ? <Alert variant="error">{send.error.message}</Alert> : null}
          {remind.isError ? <Alert variant="error">{remind.error.message}</Alert> : null}
        </section>
        {data.total === 0 ? (
          <EmptyState title="Everyone has signed in" icon={PartyPopper}>
            <p>People you add or import later appear here until they set a password.</p>
          </EmptyState>
        ) : (
          <>
            <NotSignedInTable
              people={data.people}
              selected={selected}
              onToggle={toggle}
              onToggleAll={(checked) =>
                setSelected(checked ? new Set(data.people.map((person) => person.id)) : new Set())
              }
              onRemind={remindOne}
              reminding={reminding}
            />
            {data.total > data.people.length ? (
              <p className="text-sm text-muted-foreground">
                Showing the first {data.people.length} by name. “Invite everyone not yet invited”
                reaches all {data.notInvited}.
              </p>
            ) : null}
          </>
        )}
      </div>
    </>
  );
}
