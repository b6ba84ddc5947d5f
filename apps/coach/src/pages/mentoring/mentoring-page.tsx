import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { MenteeList } from "@throughline/app-kit/mentoring/mentee-list";
import { QueryView } from "@throughline/app-kit/query-view";
import { EmptyState } from "@throughline/ui/empty-state";
import { PageHeader } from "@throughline/ui/page-header";
import { Handshake } from "lucide-react";

/**
 * The new teachers a coach mentors: a coach may be assigned as a mentor without teaching, so
 * the coach app has the mentor's side too. Each mentee opens their page.
 */
export function MentoringPage() {
  const mentees = useQuery(trpc.mentoring.myMentees.queryOptions());
  return (
    <>
      <PageHeader
        title="Mentoring"
        description="The new teachers you mentor. Conversation notes stay between you and your mentee; principals never read them."
      />
      <QueryView query={mentees} about="your mentees">
        {(rows) =>
          rows.length === 0 ? (
            <EmptyState title="No mentees now" icon={Handshake}>
              <p>When a principal asks you to mentor a new teacher, they show here.</p>
            </EmptyState>
          ) : (
            <MenteeList mentees={rows} basePath="/mentoring" />
          )
        }
      </QueryView>
    </>
  );
}
