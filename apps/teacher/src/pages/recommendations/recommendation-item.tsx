import { Badge } from "@throughline/ui/badge";
import { Button, buttonClasses } from "@throughline/ui/button";
import { Clock, Pin, Users } from "lucide-react";
import { Link } from "react-router";
import type { Recommendation } from "./types.ts";

const pinWords = "Assigned by your coach";

/** The rule's reason; on a pin the badge names the coach, so the rule's "your coach" goes. */
function reasonInWords(item: Recommendation): string {
  if (!item.pinnedBy || !item.reason.startsWith(pinWords)) return item.reason;
  return item.reason.slice(pinWords.length).replace(/^\.\s*/, "");
}

/** A recommended session opens at once, whatever the order of the stage: that is its point. */
function StartLink({ item }: { item: Recommendation }) {
  return (
    <Link
      to={`/sessions/${item.sessionId}`}
      aria-label={`Start session: ${item.title}`}
      className={buttonClasses({ size: "sm" })}
    >
      Start session
    </Link>
  );
}

/** One recommended session: what, why, and the two things to do with it. */
export function RecommendationItem({
  item,
  headingLevel,
  onDismiss,
}: {
  item: Recommendation;
  headingLevel: 2 | 3;
  onDismiss: (item: Recommendation) => void;
}) {
  const reason = reasonInWords(item);
  const Heading = `h${headingLevel}` as const;
  return (
    <li className="flex flex-col gap-2 border-b border-border pb-4 last:border-b-0 last:pb-0">
      <div className="flex flex-wrap items-center gap-2">
        {item.pinnedBy ? (
          <Badge variant="primary">
            <Pin aria-hidden="true" className="size-3" />
            Assigned by {item.pinnedBy.displayName}
          </Badge>
        ) : null}
        {item.teamFocus ? (
          // Long team and facilitator names wrap on a phone instead of running off the card.
          <Badge variant="info" className="whitespace-normal">
            <Users aria-hidden="true" className="size-3 shrink-0" />
            {item.teamFocus.teamName}'s focus, chosen by {item.teamFocus.setBy.displayName}
          </Badge>
        ) : null}
        <span className="text-xs text-muted-foreground">
          {item.program ? `${item.program.title} · ` : ""}Stage {item.stage.position} ·{" "}
          <Clock aria-hidden="true" className="inline size-3" /> {item.estimatedMinutes} min
        </span>
      </div>
      <Heading className="font-semibold leading-snug">{item.title}</Heading>
      {reason ? <p className="text-sm text-muted-foreground">{reason}.</p> : null}
      <div className="flex flex-wrap gap-2">
        <StartLink item={item} />
        <Button
          variant="ghost"
          size="sm"
          aria-label={`Not for me: ${item.title}`}
          onClick={() => onDismiss(item)}
        >
          Not for me
        </Button>
      </div>
    </li>
  );
}
