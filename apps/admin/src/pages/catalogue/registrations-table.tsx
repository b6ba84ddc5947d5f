import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { RouterOutputs } from "@throughline/api/types";
import { trpc } from "@throughline/app-kit/client";
import { Alert } from "@throughline/ui/alert";
import { Badge } from "@throughline/ui/badge";
import { formatMoment } from "@throughline/ui/format";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
  TableRowHead,
} from "@throughline/ui/table";

type Registration = RouterOutputs["catalogueAdmin"]["registrations"][number];

const statusWords: Record<Registration["status"], string> = {
  registered: "Registered",
  attended: "Attended",
  waitlisted: "Waitlisted",
  cancelled: "Cancelled",
};

/**
 * The event's registrations: who has a seat (with "Attended" to tick once it happened, which
 * credits the event's PD minutes), then the waitlist in order, then those who cancelled.
 */
export function RegistrationsTable({
  eventId,
  rows,
}: {
  eventId: string;
  rows: readonly Registration[];
}) {
  const queryClient = useQueryClient();
  const mark = useMutation(
    trpc.catalogueAdmin.markAttendance.mutationOptions({
      onSettled: async () => {
        await queryClient.invalidateQueries(
          trpc.catalogueAdmin.registrations.queryFilter({ eventId }),
        );
      },
    }),
  );
  const order = (row: Registration) =>
    row.status === "cancelled" ? 2 : row.status === "waitlisted" ? 1 : 0;
  const sorted = [...rows].sort((a, b) => order(a) - order(b));
  if (rows.length === 0) {
    return <p className="text-sm text-muted-foreground">No one has registered yet.</p>;
  }
  return (
    <div className="flex flex-col gap-3">
      {mark.error ? <Alert variant="error">{mark.error.message}</Alert> : null}
      <Table scrollLabel="Registrations">
        <TableHeader>
          <TableRow>
            <TableHead>Teacher</TableHead>
            <TableHead>Status</TableHead>
            <TableHead>Registered</TableHead>
            <TableHead>Attended</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {sorted.map((row) => {
            const seat = row.status === "registered" || row.status === "attended";
            return (
              <TableRow key={row.id}>
                <TableRowHead>
                  {row.displayName}
                  <span className="block text-xs font-normal text-muted-foreground">
                    {row.email}
                  </span>
                </TableRowHead>
                <TableCell>
                  <Badge
                    variant={
                      row.status === "waitlisted"
                        ? "warning"
                        : row.status === "cancelled"
                          ? "neutral"
                          : "success"
                    }
                  >
                    {row.status === "waitlisted"
                      ? `Waitlist #${row.waitlistPosition}`
                      : statusWords[row.status]}
                  </Badge>
                  {row.promotedAt ? (
                    <span className="block text-xs text-muted-foreground">
                      From the waitlist {formatMoment(row.promotedAt)}
                    </span>
                  ) : null}
                </TableCell>
                <TableCell>{formatMoment(row.registeredAt)}</TableCell>
                <TableCell>
                  {seat ? (
                    <input
                      type="checkbox"
                      className="size-4 accent-primary"
                      aria-label={`${row.displayName} attended`}
                      checked={row.status === "attended"}
                      disabled={mark.isPending}
                      onChange={(event) =>
                        mark.mutate({ registrationId: row.id, attended: event.target.checked })
                      }
                    />
                  ) : (
                    <span className="text-muted-foreground">—</span>
                  )}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
