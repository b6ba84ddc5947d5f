import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { BackLink } from "@throughline/ui/back-link";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@throughline/ui/card";
import { EmptyState } from "@throughline/ui/empty-state";
import { formatDay } from "@throughline/ui/format";
import { LinkRow } from "@throughline/ui/link-row";
import { PageHeader } from "@throughline/ui/page-header";
import { School } from "lucide-react";
import { useSearchParams } from "react-router";
import { SchoolPicker } from "../../lib/school-picker.tsx";
import { YourSchoolsView } from "../../lib/your-schools-view.tsx";
import { lastNinetyDays } from "../walkthroughs/default-period.ts";
import { SchoolTeachersView } from "../walkthroughs/school-teachers-view.tsx";

/**
 * First step of a walkthrough: which teacher. The school's teachers, the least visited in the
 * last 90 days first, so a principal on a phone in the corridor picks who is due.
 */
export function NewWalkthroughPage() {
  const home = useQuery(trpc.admin.home.queryOptions());
  const [params, setParams] = useSearchParams();
  const schools = home.data?.schools ?? [];
  const schoolId = params.get("school") ?? schools[0]?.id ?? "";
  const visits = useQuery({
    ...trpc.walkthroughs.visits.queryOptions({ schoolId, ...lastNinetyDays() }),
    enabled: schoolId !== "",
  });

  // The schools are read above, where the chosen school starts the teachers' query.
  return (
    <YourSchoolsView query={home}>
      {() => (
        <>
          <BackLink to="/observations">Back to observations</BackLink>
          <PageHeader
            title="Record a walkthrough"
            description="Choose the teacher you are visiting. Teachers visited least in the last 90 days come first."
          />
          {schools.length === 0 ? (
            <EmptyState title="No schools yet" icon={School}>
              <p>Teachers of the schools you lead appear here once your district sets them up.</p>
            </EmptyState>
          ) : (
            <Card>
              <CardHeader>
                <CardTitle>Teachers</CardTitle>
                <CardDescription>Visits and the last visit in the last 90 days.</CardDescription>
                <SchoolPicker
                  schools={schools}
                  value={schoolId}
                  onChange={(school) => setParams({ school }, { replace: true })}
                  className="max-w-sm pt-2"
                />
              </CardHeader>
              <CardContent className="px-0">
                <SchoolTeachersView
                  query={visits}
                  loading="Loading the teachers…"
                  errorTitle="The teachers could not be loaded"
                >
                  {(teachers) => (
                    <ul
                      aria-label="Teachers to visit"
                      className="flex flex-col divide-y divide-border"
                    >
                      {teachers.map((teacher) => (
                        <li key={teacher.teacherId}>
                          <LinkRow
                            to={`/observations/new/${teacher.teacherId}`}
                            title={teacher.name}
                          >
                            <span className="text-sm text-muted-foreground">
                              {teacher.visits === 0
                                ? "Not visited"
                                : `${teacher.visits} ${teacher.visits === 1 ? "visit" : "visits"}${
                                    teacher.lastVisitOn
                                      ? ` · last ${formatDay(teacher.lastVisitOn)}`
                                      : ""
                                  }`}
                            </span>
                          </LinkRow>
                        </li>
                      ))}
                    </ul>
                  )}
                </SchoolTeachersView>
              </CardContent>
            </Card>
          )}
        </>
      )}
    </YourSchoolsView>
  );
}
