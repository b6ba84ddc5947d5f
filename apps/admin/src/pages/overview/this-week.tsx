import { meetingStateLabel } from "@throughline/domain/rules/meeting-held";
import { Badge } from "@throughline/ui/badge";
import { formatShortDate, formatWeekdayMoment } from "@throughline/ui/format";
import { TitledCard } from "@throughline/ui/titled-card";
import { Link } from "react-router";
import { linkClasses } from "./link-classes.ts";
import type { Overview } from "./types.ts";

/** "And 340 more", with where to see them. */
function More({
  count,
  what,
  link,
}: {
  count: number;
  what: string;
  link?: { to: string; label: string };
}) {
  if (count <= 0) return null;
  return (
    <p className="text-sm text-muted-foreground">
      And {count} more {what}.
      {link ? (
        <>
          {" "}
          <Link to={link.to} className={linkClasses}>
            {link.label}
          </Link>
        </>
      ) : null}
    </p>
  );
}

/**
 * This week's support meetings of the teams in scope and the teams' protected blocks: the first
 * few of each by time, and how many more (a district's are listed school by school).
 */
export function ThisWeek({ overview }: { overview: Overview }) {
  const meetings = overview.meetings.first;
  const blocks = overview.blocks.first;
  const district = overview.scope === "district";
  const lastDay = new Date(overview.weekEnd.getTime() - 1);
  // At the weekend the overview looks at the coming week.
  const title = overview.weekStart.getTime() > Date.now() ? "Next week" : "This week";
  return (
    <TitledCard
      title={title}
      description={
        <>
          {formatShortDate(overview.weekStart)} – {formatShortDate(lastDay)}: support meetings and
          the collaboration time each team has protected.
        </>
      }
      contentClassName="flex flex-col gap-5"
    >
      <section aria-labelledby="week-meetings" className="flex flex-col gap-2">
        <h3 id="week-meetings" className="text-sm font-semibold text-foreground">
          Support meetings
        </h3>
        {meetings.length === 0 ? (
          <p className="text-sm text-muted-foreground">
            No support meetings {title.toLowerCase()}.
          </p>
        ) : (
          <ul className="flex flex-col gap-2">
            {meetings.map((meeting) => (
              <li key={meeting.id} className="flex flex-col gap-0.5 text-sm">
                <span className="flex flex-wrap items-center gap-2">
                  <Link to={`/meetings/${meeting.id}`} className={`${linkClasses} font-medium`}>
                    {meeting.title}
                  </Link>
                  <Badge variant={meeting.display.state === "held" ? "success" : "neutral"}>
                    {meetingStateLabel(meeting.display, formatShortDate)}
                  </Badge>
                </span>
                <span className="text-muted-foreground">
                  {meeting.teamName} · {formatWeekdayMoment(meeting.startsAt)}
                </span>
              </li>
            ))}
          </ul>
        )}
        <More
          count={overview.meetings.total - meetings.length}
          what="support meetings"
          link={
            district
              ? { to: "/overview/schools", label: "Each school's meetings" }
              : { to: "/implementation", label: "Meetings by team" }
          }
        />
      </section>
      <section aria-labelledby="week-blocks" className="flex flex-col gap-2">
        <h3 id="week-blocks" className="text-sm font-semibold text-foreground">
          Collaboration blocks
        </h3>
        {blocks.length === 0 ? (
          <p className="text-sm text-muted-foreground">
            No team has protected collaboration time yet.{" "}
            <Link to="/collaboration" className={linkClasses}>
              Find common time
            </Link>
          </p>
        ) : (
          <ul className="flex flex-col gap-1 text-sm">
            {blocks.map((block) => (
              <li key={`${block.teamId}-${block.label}`}>
                <span className="font-medium text-foreground">{block.teamName}</span>{" "}
                <span className="text-muted-foreground">· {block.label}</span>
              </li>
            ))}
          </ul>
        )}
        <More count={overview.blocks.total - blocks.length} what="blocks" />
        <Link to="/collaboration" className={`${linkClasses} text-sm`}>
          Collaboration time
        </Link>
      </section>
    </TitledCard>
  );
}
