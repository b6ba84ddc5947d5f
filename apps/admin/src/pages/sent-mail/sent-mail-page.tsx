import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryState } from "@throughline/app-kit/query-state";
import { EmptyState } from "@throughline/ui/empty-state";
import { formatMoment } from "@throughline/ui/format";
import { PageHeader } from "@throughline/ui/page-header";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@throughline/ui/table";
import { Mail } from "lucide-react";
import { Link } from "react-router";
import { StatusBadge } from "./status-badge.tsx";

/** The district's outbox: every email the platform sent, kept as a file, is waiting or failed. */
export function SentMailPage() {
  const messages = useQuery({
    ...trpc.sentMail.list.queryOptions(),
    // Waiting messages go out within seconds; keep the page current while it is open.
    refetchInterval: 15_000,
  });

  if (!messages.isSuccess) {
    return (
      <QueryState
        query={messages}
        loading="Loading sent mail…"
        errorTitle="Sent mail could not be loaded"
        headingLevel={1}
      />
    );
  }
  return (
    <>
      <PageHeader
        title="Sent mail"
        description="Every email the platform sent to people in the district. Without an SMTP server, messages are kept as .eml files on the server instead of being sent."
      />
      {messages.data.length === 0 ? (
        <EmptyState icon={Mail} title="No mail yet">
          Emails appear here once notifications are sent.
        </EmptyState>
      ) : (
        <Table scrollLabel="Sent mail">
          <TableHeader>
            <TableRow>
              <TableHead>When</TableHead>
              <TableHead>To</TableHead>
              <TableHead>Subject</TableHead>
              <TableHead>Status</TableHead>
              <TableHead className="text-right">Attempts</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {messages.data.map((message) => (
              <TableRow key={message.id}>
                <TableCell className="whitespace-nowrap">
                  <time dateTime={(message.sentAt ?? message.createdAt).toISOString()}>
                    {formatMoment(message.sentAt ?? message.createdAt)}
                  </time>
                </TableCell>
                <TableCell>
                  <span className="block font-medium text-foreground">{message.recipientName}</span>
                  <span className="block text-muted-foreground">{message.to}</span>
                </TableCell>
                <TableCell>
                  <Link to={`/sent-mail/${message.id}`}>{message.subject}</Link>
                </TableCell>
                <TableCell>
                  <StatusBadge message={message} />
                  {message.lastError && message.status !== "sent" ? (
                    <span className="mt-1 block text-xs text-danger">{message.lastError}</span>
                  ) : null}
                </TableCell>
                <TableCell className="text-right tabular-nums">{message.attempts}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
}
