import { CalendarPlus, Copy, Link2Off, RefreshCw } from "lucide-react";
import { useEffect, useId, useRef, useState } from "react";
import { Alert } from "./alert.tsx";
import { Button } from "./button.tsx";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "./card.tsx";
import { ErrorState } from "./error-state.tsx";
import { formatDate } from "./format.ts";
import { Input } from "./input.tsx";
import { Label } from "./label.tsx";
import { Loading } from "./loading.tsx";

/** What a person's feed looks like to the card; the link itself is never part of it. */
export interface CalendarFeedState {
  active: boolean;
  createdAt: Date | null;
}

/** What can be done to a feed that is on; each asks to be confirmed first. */
const feedChanges = [
  { kind: "rotate", icon: RefreshCw, label: "Create a new link" },
  { kind: "revoke", icon: Link2Off, label: "Turn off the feed" },
] as const;

/** One action (create or turn off): whether it is running and the server's message if it failed. */
interface FeedAction {
  run: () => void;
  pending: boolean;
  error: string | null;
}

interface CalendarFeedCardProps {
  /** The feed query: undefined while loading. */
  feed: CalendarFeedState | undefined;
  loadError: string | null;
  onRetry: () => void;
  /** The link answered by the last create; shown once, never fetched again. */
  createdUrl: string | null;
  create: FeedAction;
  revoke: FeedAction;
}

type Confirming = "rotate" | "revoke" | null;

/**
 * A person's private calendar feed: subscribe from Google Calendar or Outlook, copy the link
 * once after creating it, replace it, or turn it off. Takes the query and mutation results as
 * props, so every app wires it to its own API client.
 */
export function CalendarFeedCard({
  feed,
  loadError,
  onRetry,
  createdUrl,
  create,
  revoke,
}: CalendarFeedCardProps) {
  const headingId = useId();
  const [confirming, setConfirming] = useState<Confirming>(null);

  return (
    <Card aria-labelledby={headingId}>
      <CardHeader>
        <CardTitle id={headingId}>Subscribe in Google Calendar or Outlook</CardTitle>
        <CardDescription>
          Your support meetings and workshops appear in your own calendar and stay up to date.
          Anyone with the link can see your meeting times, so keep it to yourself.
        </CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        {loadError ? (
          <ErrorState
            headingLevel={3}
            title="Your calendar link could not be loaded"
            message={loadError}
            onRetry={onRetry}
          />
        ) : feed === undefined ? (
          <Loading variant="inline" label="Loading your calendar link…" />
        ) : (
          <>
            {createdUrl ? <CreatedLink url={createdUrl} /> : <FeedStatus feed={feed} />}
            {confirming ? (
              <Confirm
                kind={confirming}
                onCancel={() => setConfirming(null)}
                onConfirm={() => {
                  setConfirming(null);
                  (confirming === "rotate" ? create : revoke).run();
                }}
              />
            ) : (
              <div className="flex flex-wrap gap-3">
                {feed.active ? (
                  feedChanges.map(({ kind, icon: Icon, label }) => (
                    <Button
                      key={kind}
                      variant="secondary"
                      disabled={create.pending || revoke.pending}
                      onClick={() => setConfirming(kind)}
                    >
                      <Icon aria-hidden="true" />
                      {label}
                    </Button>
                  ))
                ) : (
                  <Button disabled={create.pending} onClick={create.run}>
                    <CalendarPlus aria-hidden="true" />
                    Create my calendar link
                  </Button>
                )}
                {create.pending || revoke.pending ? (
                  <Loading variant="inline" label="Saving…" />
                ) : null}
              </div>
            )}
            {create.error ? <Alert variant="error">{create.error}</Alert> : null}
            {revoke.error ? <Alert variant="error">{revoke.error}</Alert> : null}
          </>
        )}
      </CardContent>
    </Card>
  );
}

function FeedStatus({ feed }: { feed: CalendarFeedState }) {
  if (!feed.active) {
    return (
      <p className="text-sm text-muted-foreground">
        You have no calendar link. Create one, then add it to your calendar app as a calendar “from
        URL” (Google Calendar) or “from the web” (Outlook).
      </p>
    );
  }
  return (
    <p className="text-sm text-foreground">
      Your calendar link is on
      {feed.createdAt ? ` (created ${formatDate(feed.createdAt)})` : ""}. For your safety it is
      shown only once, when it is created; if you need it again, create a new link.
    </p>
  );
}

/** The link, shown once, in a read-only field with a Copy button. */
function CreatedLink({ url }: { url: string }) {
  const fieldId = useId();
  const hintId = useId();
  const [copyStatus, setCopyStatus] = useState<"copied" | "failed" | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopyStatus("copied");
    } catch {
      setCopyStatus("failed");
    }
  }

  return (
    <div className="flex flex-col gap-2">
      <Label htmlFor={fieldId}>Your calendar link</Label>
      <div className="flex flex-col gap-2 sm:flex-row">
        <Input
          id={fieldId}
          readOnly
          value={url}
          aria-describedby={hintId}
          onFocus={(event) => event.currentTarget.select()}
          className="font-mono text-sm"
        />
        <Button variant="secondary" onClick={() => void copy()}>
          <Copy aria-hidden="true" />
          Copy
        </Button>
      </div>
      <p id={hintId} className="text-sm text-muted-foreground">
        Copy it now: it will not be shown again. Paste it where your calendar app asks for a
        calendar’s web address.
      </p>
      <p role="status" className="text-sm font-medium text-foreground">
        {copyStatus === "copied"
          ? "Link copied."
          : copyStatus === "failed"
            ? "Copying did not work here. Select the link and copy it yourself."
            : ""}
      </p>
    </div>
  );
}

const confirmations = {
  rotate: {
    text: "The current link stops working at once. Calendars subscribed to it stop updating until you add the new link.",
    action: "Create a new link",
    variant: "primary",
  },
  revoke: {
    text: "The link stops working at once and your calendar apps stop receiving your meetings.",
    action: "Turn off the feed",
    variant: "danger",
  },
} as const;

/** Asks before anything that breaks a link people may have subscribed to. */
function Confirm({
  kind,
  onCancel,
  onConfirm,
}: {
  kind: Exclude<Confirming, null>;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const textId = useId();
  const confirmRef = useRef<HTMLButtonElement>(null);
  const { text, action, variant } = confirmations[kind];
  // Move focus into the question, so keyboard and screen-reader users meet it straight away.
  useEffect(() => {
    confirmRef.current?.focus();
  }, []);
  return (
    <fieldset
      aria-describedby={textId}
      className="flex flex-col gap-3 rounded-lg border border-warning/30 bg-warning-soft px-4 py-3"
    >
      <legend className="sr-only">{action}?</legend>
      <p id={textId} className="text-sm text-foreground">
        {text}
      </p>
      <div className="flex flex-wrap gap-3">
        <Button ref={confirmRef} variant={variant} onClick={onConfirm}>
          {action}
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </fieldset>
  );
}
