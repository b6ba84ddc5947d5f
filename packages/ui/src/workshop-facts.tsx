import {
  CalendarDays,
  CircleCheck,
  CircleDashed,
  Clock,
  type LucideIcon,
  MapPin,
  Video,
} from "lucide-react";
import type { ReactNode } from "react";
import { formatDateTime, formatDuration } from "./format.ts";
import { cn } from "./utils.ts";

/** What a stage's introductory workshop says about itself, as every app reads it. */
interface WorkshopWhenWhere {
  startsAt: Date | null;
  minutes: number;
  location: string | null;
  videoUrl: string | null;
  /** What the workshop is about, in the organiser's words. */
  description: string | null;
}

/** "stacked" one fact a line (a card of its own), "inline" the facts wrapping in a row. */
const layouts = {
  stacked: {
    list: "flex flex-col gap-2",
    item: "flex items-start gap-2",
    icon: "mt-0.5 size-4 shrink-0 text-muted-foreground",
  },
  inline: {
    list: "flex flex-wrap gap-x-5 gap-y-1.5",
    item: "inline-flex items-center gap-1.5",
    icon: "size-4 shrink-0 text-muted-foreground",
  },
} as const;

/**
 * When, how long, where and by which link a workshop is, then what it is about: what the coach's
 * cohort page, the teacher's stage page and the teacher's home each show, in the same order with
 * the same icons.
 */
export function WorkshopFacts({
  workshop,
  layout = "stacked",
  videoLabel,
  duration = formatDuration(workshop.minutes),
  className,
  linkClassName,
  descriptionClassName,
}: {
  workshop: WorkshopWhenWhere;
  layout?: keyof typeof layouts;
  /** The video link's words, e.g. "Join online". */
  videoLabel: string;
  /** The length in words; by default just the duration. */
  duration?: ReactNode;
  className?: string;
  linkClassName?: string;
  descriptionClassName?: string;
}) {
  const parts = layouts[layout];
  const fact = (Icon: LucideIcon, content: ReactNode) => (
    <li className={parts.item}>
      <Icon aria-hidden="true" className={parts.icon} />
      <span>{content}</span>
    </li>
  );
  return (
    <>
      <ul className={cn(parts.list, className)}>
        {fact(
          CalendarDays,
          workshop.startsAt ? formatDateTime(workshop.startsAt) : "Date to be announced",
        )}
        {fact(Clock, duration)}
        {workshop.location ? fact(MapPin, workshop.location) : null}
        {workshop.videoUrl
          ? fact(
              Video,
              <a
                href={workshop.videoUrl}
                target="_blank"
                rel="noreferrer noopener"
                className={linkClassName}
              >
                {videoLabel}
                <span className="sr-only"> (opens in a new tab)</span>
              </a>,
            )
          : null}
      </ul>
      {workshop.description ? (
        <p className={cn("text-muted-foreground", descriptionClassName)}>{workshop.description}</p>
      ) : null}
    </>
  );
}

/** Whether the teacher attended the workshop, as a tick or a dashed circle and words. */
export function WorkshopAttendedMark({
  attended,
  attendedLabel,
  pendingLabel,
  className,
}: {
  attended: boolean;
  /** e.g. "You attended" */
  attendedLabel: string;
  /** e.g. "Not attended yet" */
  pendingLabel: string;
  className?: string;
}) {
  const Icon = attended ? CircleCheck : CircleDashed;
  return (
    <p
      className={cn(
        "inline-flex items-center gap-1.5",
        attended ? "text-success" : "text-muted-foreground",
        className,
      )}
    >
      <Icon aria-hidden="true" className="size-4" />
      {attended ? attendedLabel : pendingLabel}
    </p>
  );
}
