import type { RouterOutputs } from "@throughline/api/types";
import { Badge } from "@throughline/ui/badge";
import { Button } from "@throughline/ui/button";
import { formatMoment } from "@throughline/ui/format";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@throughline/ui/table";
import { Link } from "react-router";

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
    <Table scrollLabel="People not signed in yet">
      <TableHeader>
        <TableRow>
          <TableHead className="w-10">
            <input
              type="checkbox"
              className="size-4 accent-primary"
              aria-label="Choose everyone listed"
              checked={allChosen}
              onChange={(event) => props.onToggleAll(event.target.checked)}
            />
          </TableHead>
          <TableHead>Name</TableHead>
          <TableHead>Email</TableHead>
          <TableHead>Invitation</TableHead>
          <TableHead>Invited</TableHead>
          <TableHead>Reminded</TableHead>
          <TableHead>
            <span className="sr-only">Reminder</span>
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {props.people.map((person) => (
          <TableRow key={person.id}>
            <TableCell>
              <input
                type="checkbox"
                className="size-4 accent-primary"
                aria-label={`Choose ${person.displayName}`}
                checked={props.selected.has(person.id)}
                onChange={(event) => props.onToggle(person.id, event.target.checked)}
              />
            </TableCell>
            <TableCell>
              <Link to={`/people/${person.id}`} className="font-medium text-primary underline">
                {person.displayName}
              </Link>
            </TableCell>
            <TableCell className="break-all">{person.email}</TableCell>
            <TableCell>
              <InvitationStatus person={person} />
            </TableCell>
            <TableCell className="whitespace-nowrap">
              {person.invitedAt ? formatMoment(person.invitedAt) : "—"}
            </TableCell>
            <TableCell className="whitespace-nowrap">
              {person.remindedAt ? formatMoment(person.remindedAt) : "—"}
            </TableCell>
            <TableCell>
              {person.invitedAt ? (
                <Button
                  variant="secondary"
                  size="sm"
                  disabled={props.reminding !== null}
                  onClick={() => props.onRemind(person)}
                  aria-label={`Send reminder to ${person.displayName}`}
                >
                  {props.reminding === person.id ? "Sending…" : "Send reminder"}
                </Button>
              ) : null}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
