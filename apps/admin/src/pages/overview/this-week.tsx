import { meetingStateLabel } from "@throughline/domain/rules/meeting-held";
import { Badge } from "@throughline/ui/badge";
import { formatShortDate, formatWeekdayMoment } from "@throughline/ui/format";
import { TitledCard } from "@throughline/ui/titled-card";
import type { ReactNode } from "react";
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

/** One list of the week under its own heading. */
function WeekSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-2">
      <h3 id={id} className="text-sm font-semibold text-foreground">
        {title}
      </h3>
      {children}
    </section>
  );
}

/** What a list of the week says when it holds nothing. */
function NothingLine({ children }: { children: ReactNode }) {
  return <p className="text-sm text-muted-foreground">{children}</p>;
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
      <WeekSection id="week-meetings" title="Support meetings">
        {meetings.length === 0 ? (
          <NothingLine>No support meetings {title.toLowerCase()}.</NothingLine>
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
      </WeekSection>
      <WeekSection id="week-blocks" title="Collaboration blocks">
        {blocks.length === 0 ? (
          <NothingLine>
            No team has protected collaboration time yet.{" "}
            <Link to="/collaboration" className={linkClasses}>
              Find common time
            </Link>
          </NothingLine>
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
      </WeekSection>
    </TitledCard>
  );
}
