import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryView } from "@throughline/app-kit/query-view";
import { DataTable } from "@throughline/ui/data-table";
import { EmptyState } from "@throughline/ui/empty-state";
import { formatMoment } from "@throughline/ui/format";
import { PageHeader } from "@throughline/ui/page-header";
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

  return (
    <QueryView query={messages} about="sent mail" headingLevel={1}>
      {(sent) => (
        <>
          <PageHeader
            title="Sent mail"
            description="Every email the platform sent to people in the district. Without an SMTP server, messages are kept as .eml files on the server instead of being sent."
          />
          {sent.length === 0 ? (
            <EmptyState icon={Mail} title="No mail yet">
              Emails appear here once notifications are sent.
            </EmptyState>
          ) : (
            <DataTable
              scrollLabel="Sent mail"
              rows={sent}
              columns={[
                {
                  header: "When",
                  className: "whitespace-nowrap",
                  cell: (message) => (
                    <time dateTime={(message.sentAt ?? message.createdAt).toISOString()}>
                      {formatMoment(message.sentAt ?? message.createdAt)}
                    </time>
                  ),
                },
                {
                  header: "To",
                  cell: (message) => (
                    <>
                      <span className="block font-medium text-foreground">
                        {message.recipientName}
                      </span>
                      <span className="block text-muted-foreground">{message.to}</span>
                    </>
                  ),
                },
                {
                  header: "Subject",
                  cell: (message) => <Link to={`/sent-mail/${message.id}`}>{message.subject}</Link>,
                },
                {
                  header: "Status",
                  cell: (message) => (
                    <>
                      <StatusBadge message={message} />
                      {message.lastError && message.status !== "sent" ? (
                        <span className="mt-1 block text-xs text-danger">{message.lastError}</span>
                      ) : null}
                    </>
                  ),
                },
                { header: "Attempts", numeric: true, cell: (message) => message.attempts },
              ]}
            />
          )}
        </>
      )}
    </QueryView>
  );
}
