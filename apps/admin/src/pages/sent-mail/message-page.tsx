import { useQuery } from "@tanstack/react-query";
import type { RouterOutputs } from "@throughline/api/types";
import { trpc } from "@throughline/app-kit/client";
import { QueryView } from "@throughline/app-kit/query-view";
import { Alert } from "@throughline/ui/alert";
import { formatMoment } from "@throughline/ui/format";
import { PageHeader } from "@throughline/ui/page-header";
import { TitledCard } from "@throughline/ui/titled-card";
import { Link, useParams } from "react-router";
import { StatusBadge } from "./status-badge.tsx";

/** One message as it was sent: its headers, text part and HTML part. */
export function MessagePage() {
  const { messageId = "" } = useParams();
  const message = useQuery(trpc.sentMail.message.queryOptions({ messageId }));

  return (
    <QueryView
      query={message}
      loading="Loading the message…"
      errorTitle="This message could not be loaded"
      headingLevel={1}
    >
      {(mail) => <SentMessage mail={mail} />}
    </QueryView>
  );
}

function SentMessage({ mail }: { mail: RouterOutputs["sentMail"]["message"] }) {
  const headers: [string, string][] = [
    ["To", `${mail.recipientName} <${mail.to}>`],
    ["Message-ID", mail.messageId],
    ["Written", formatMoment(mail.createdAt)],
    ["Sent", mail.sentAt ? formatMoment(mail.sentAt) : "Not yet"],
    ["Attempts", String(mail.attempts)],
  ];
  return (
    <>
      <p className="mb-4 text-sm">
        <Link to="/sent-mail">← Sent mail</Link>
      </p>
      <PageHeader title={mail.subject} aside={<StatusBadge message={mail} />} />
      <div className="flex flex-col gap-6">
        <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm">
          {headers.map(([name, value]) => (
            <div key={name} className="contents">
              <dt className="font-medium text-muted-foreground">{name}</dt>
              <dd className="break-all text-foreground">{value}</dd>
            </div>
          ))}
        </dl>
        {mail.lastError ? (
          <Alert variant={mail.status === "failed" ? "error" : "warning"} title="Last error">
            {mail.lastError}
          </Alert>
        ) : null}
        {mail.hasCalendarInvite ? (
          <Alert variant="info" title="Calendar invitation attached">
            The message carried an iCalendar invitation, so calendars add or update the meeting.
          </Alert>
        ) : null}
        <TitledCard title="Text part">
          <pre className="whitespace-pre-wrap [overflow-wrap:anywhere] rounded-md bg-muted p-4 font-mono text-sm text-foreground">
            {mail.textBody}
          </pre>
        </TitledCard>
        <TitledCard title="HTML part">
          {/* No scripts, forms or same-origin access: the HTML is shown, never run. */}
          <iframe
            title={`HTML part of “${mail.subject}”`}
            sandbox=""
            srcDoc={mail.htmlBody}
            className="h-[32rem] w-full rounded-md border border-border bg-white"
          />
        </TitledCard>
      </div>
    </>
  );
}
