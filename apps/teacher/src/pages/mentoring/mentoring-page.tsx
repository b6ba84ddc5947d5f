import { useQuery } from "@tanstack/react-query";
import type { RouterOutputs } from "@throughline/api/types";
import { trpc } from "@throughline/app-kit/client";
import { ConversationList } from "@throughline/app-kit/mentoring/conversation-list";
import { InductionChecklist } from "@throughline/app-kit/mentoring/induction-checklist";
import { MenteeList } from "@throughline/app-kit/mentoring/mentee-list";
import { QueryView } from "@throughline/app-kit/query-view";
import { formatLocalDay } from "@throughline/domain/local-time";
import { EmptyState } from "@throughline/ui/empty-state";
import { PageHeader } from "@throughline/ui/page-header";
import { TitledCard } from "@throughline/ui/titled-card";
import { TitledSection } from "@throughline/ui/titled-section";
import { Handshake } from "lucide-react";

type Mentees = RouterOutputs["mentoring"]["myMentees"];
type Mine = RouterOutputs["mentoring"]["mine"];

/**
 * Mentoring, from both sides: the new teachers the viewer mentors (each opens their page), and,
 * for a new teacher, their mentor, the induction checklist and the shared log.
 */
export function MentoringPage() {
  const mentees = useQuery(trpc.mentoring.myMentees.queryOptions());
  const mine = useQuery(trpc.mentoring.mine.queryOptions());
  return (
    <>
      <PageHeader
        title="Mentoring"
        description="Support for teachers new to the district. Conversation notes stay between mentor and mentee; principals never read them."
      />
      <QueryView query={mentees} about="your mentees">
        {(menteeRows) => (
          <QueryView query={mine} about="your mentoring">
            {(own) => <MentoringSections mentees={menteeRows} mine={own} />}
          </QueryView>
        )}
      </QueryView>
    </>
  );
}

function MentoringSections({ mentees, mine }: { mentees: Mentees; mine: Mine }) {
  const mentee = mine.assignment !== null || mine.conversations.length > 0;
  if (mentees.length === 0 && !mentee) {
    return (
      <EmptyState title="No mentoring yet" icon={Handshake}>
        <p>
          When your principal assigns you a mentor, or asks you to mentor a new teacher, it shows
          here.
        </p>
      </EmptyState>
    );
  }
  return (
    <div className="flex flex-col gap-8">
      {mentees.length > 0 ? (
        <TitledSection
          headingId="mentees-heading"
          title="Teachers you mentor"
          headingClassName="text-xl"
        >
          <MenteeList mentees={mentees} basePath="/mentoring" />
        </TitledSection>
      ) : null}
      {mentee ? <MyMentoring mine={mine} /> : null}
    </div>
  );
}

function MyMentoring({ mine }: { mine: Mine }) {
  return (
    <TitledSection headingId="my-mentor-heading" title="Your mentoring" headingClassName="text-xl">
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <div className="flex min-w-0 flex-col gap-6">
          <TitledCard title="Your mentor">
            {mine.assignment ? (
              <p>
                <span className="font-semibold">{mine.assignment.mentor.displayName}</span>
                <span className="text-muted-foreground">
                  {" "}
                  · since {formatLocalDay(mine.assignment.startedOn)}
                </span>
              </p>
            ) : (
              <p className="text-muted-foreground">Your mentoring has ended.</p>
            )}
          </TitledCard>
          {mine.assignment ? (
            <TitledCard title="Induction checklist">
              <InductionChecklist menteeId={mine.assignment.mentee.id} items={mine.checklist} />
            </TitledCard>
          ) : null}
        </div>
        <TitledCard title="Conversations" className="min-w-0">
          <ConversationList conversations={mine.conversations} showMentor />
        </TitledCard>
      </div>
    </TitledSection>
  );
}
