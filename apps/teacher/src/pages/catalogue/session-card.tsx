import { Badge } from "@throughline/ui/badge";
import { buttonClasses } from "@throughline/ui/button";
import { formatDate } from "@throughline/ui/format";
import { CheckCircle2, Clock, MonitorPlay } from "lucide-react";
import { Link } from "react-router";
import { ItemFacts } from "./item-facts.tsx";
import type { CatalogueSession } from "./types.ts";

/** An elective MicroPD session: taken online, at once, without a cohort. */
export function SessionCard({ item }: { item: CatalogueSession }) {
  const done = item.completedAt !== null;
  return (
    <li className="flex flex-col gap-3 rounded-[var(--radius-card)] border border-border bg-surface p-4">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <Badge variant="primary">
          <MonitorPlay aria-hidden="true" className="size-3" />
          Online MicroPD session
        </Badge>
        <span className="inline-flex items-center gap-1 text-muted-foreground">
          <Clock aria-hidden="true" className="size-3.5" />
          {item.minutes} minutes
        </span>
        {done && item.completedAt ? (
          <Badge variant="success">
            <CheckCircle2 aria-hidden="true" className="size-3" />
            Completed {formatDate(item.completedAt)}
          </Badge>
        ) : null}
      </div>
      <h3 className="font-semibold leading-snug">{item.title}</h3>
      <p className="text-sm text-muted-foreground">{item.summary}</p>
      <p className="text-xs text-muted-foreground">From {item.stageTitle}</p>
      <ItemFacts item={item} />
      <Link
        to={`/sessions/${item.id}`}
        aria-label={`${done ? "Review" : "Take"} this session: ${item.title}`}
        className={buttonClasses({
          size: "sm",
          variant: done ? "secondary" : "primary",
          className: "self-start",
        })}
      >
        {done ? "Review session" : "Take this session"}
      </Link>
    </li>
  );
}
