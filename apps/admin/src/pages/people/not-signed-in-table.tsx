import type { RouterOutputs } from "@throughline/api/types";
import { Badge } from "@throughline/ui/badge";
import { Button } from "@throughline/ui/button";
import { buttonColumn } from "@throughline/ui/button-column";
import { DataTable } from "@throughline/ui/data-table";
import { formatMoment } from "@throughline/ui/format";
import { PersonLink } from "./person-link.tsx";

export type NotSignedInPerson = RouterOutputs["invitations"]["notSignedIn"]["people"][number];

function InvitationStatus({ person }: { person: NotSignedInPerson }) {
  if (!person.invitedAt) return <Badge variant="neutral">Not invited</Badge>;
  if (!person.linkExpiresAt) return <Badge variant="warning">Link expired</Badge>;
  return <Badge variant="info">Invited</Badge>;
}

export interface NotSignedInTableProps {
  people: readonly NotSignedInPerson[];
  selected: ReadonlySet<string>;
  onToggle: (personId: string, checked: boolean) => void;
  onToggleAll: (checked: boolean) => void;
  onRemind: (person: NotSignedInPerson) => void;
  /** The person whose reminder is on its way. */
  reminding: string | null;
}

/** Who has no sign-in yet: a box to choose each, what was sent when, and a reminder. */
export function NotSignedInTable(props: NotSignedInTableProps) {
  const allChosen = props.people.length > 0 && props.people.every((p) => props.selected.has(p.id));
  return (
    <DataTable
      scrollLabel="People not signed in yet"
      rows={props.people}
      columns={[
        {
          key: "choose",
          header: (
            <input
              type="checkbox"
              className="size-4 accent-primary"
              aria-label="Choose everyone listed"
              checked={allChosen}
              onChange={(event) => props.onToggleAll(event.target.checked)}
            />
          ),
          headClassName: "w-10",
          cell: (person) => (
            <input
              type="checkbox"
              className="size-4 accent-primary"
              aria-label={`Choose ${person.displayName}`}
              checked={props.selected.has(person.id)}
              onChange={(event) => props.onToggle(person.id, event.target.checked)}
            />
          ),
        },
        { header: "Name", cell: (person) => <PersonLink person={person} /> },
        { header: "Email", className: "break-all", cell: (person) => person.email },
        { header: "Invitation", cell: (person) => <InvitationStatus person={person} /> },
        {
          header: "Invited",
          className: "whitespace-nowrap",
          cell: (person) => (person.invitedAt ? formatMoment(person.invitedAt) : "—"),
        },
        {
          header: "Reminded",
          className: "whitespace-nowrap",
          cell: (person) => (person.remindedAt ? formatMoment(person.remindedAt) : "—"),
        },
        buttonColumn("Reminder", (person: NotSignedInPerson) =>
          person.invitedAt ? (
            <Button
              variant="secondary"
              size="sm"
              disabled={props.reminding !== null}
              onClick={() => props.onRemind(person)}
              aria-label={`Send reminder to ${person.displayName}`}
            >
              {props.reminding === person.id ? "Sending…" : "Send reminder"}
            </Button>
          ) : null,
        ),
      ]}
    />
  );
}
