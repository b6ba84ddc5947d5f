import { useMutation, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { Alert } from "@throughline/ui/alert";
import { Badge } from "@throughline/ui/badge";
import { Button } from "@throughline/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@throughline/ui/card";
import { DataTable } from "@throughline/ui/data-table";
import { EmptyState } from "@throughline/ui/empty-state";
import { UserMinus, UsersRound } from "lucide-react";
import type { CohortDetail } from "./types.ts";

const statusLabels = { active: "Enrolled", completed: "Completed", withdrawn: "Withdrawn" };

/** Who is in the cohort; withdrawing keeps the teacher's progress. */
export function EnrolmentsTable({ cohort }: { cohort: CohortDetail }) {
  const queryClient = useQueryClient();
  const withdraw = useMutation(
    trpc.cohortAdmin.withdraw.mutationOptions({
      onSuccess: () =>
        Promise.all([
          queryClient.invalidateQueries(trpc.cohortAdmin.detail.queryFilter()),
          queryClient.invalidateQueries(trpc.cohortAdmin.candidates.queryFilter()),
          queryClient.invalidateQueries(trpc.cohortAdmin.list.queryFilter()),
        ]),
    }),
  );
  return (
    <Card>
      <CardHeader>
        <CardTitle>Enrolled teachers</CardTitle>
        <CardDescription>
          {cohort.enrolledCount === 1 ? "1 teacher" : `${cohort.enrolledCount} teachers`} in this
          cohort. Withdrawing a teacher keeps their progress.
        </CardDescription>
      </CardHeader>
      {cohort.enrolments.length === 0 ? (
        <CardContent>
          <EmptyState title="Nobody enrolled yet" icon={UsersRound} headingLevel={3}>
            <p>Enrol teachers below, by team, by school or by name.</p>
          </EmptyState>
        </CardContent>
      ) : (
        <CardContent className="px-0">
          <DataTable
            scrollLabel="Enrolled teachers"
            rows={cohort.enrolments}
            rowKey={(row) => row.enrolmentId}
            columns={[
              { header: "Teacher", className: "font-medium", cell: (row) => row.displayName },
              { header: "Email", cell: (row) => row.email },
              {
                header: "Status",
                cell: (row) => (
                  <Badge variant={row.status === "withdrawn" ? "neutral" : "success"}>
                    {statusLabels[row.status]}
                  </Badge>
                ),
              },
              {
                key: "actions",
                header: <span className="sr-only">Actions</span>,
                className: "text-right",
                cell: (row) =>
                  row.status === "active" ? (
                    <Button
                      variant="secondary"
                      size="sm"
                      disabled={withdraw.isPending}
                      onClick={() => withdraw.mutate({ enrolmentId: row.enrolmentId })}
                    >
                      <UserMinus aria-hidden="true" />
                      Withdraw<span className="sr-only"> {row.displayName}</span>
                    </Button>
                  ) : null,
              },
            ]}
          />
        </CardContent>
      )}
      {withdraw.isError ? (
        <CardContent>
          <Alert variant="error" title="The teacher was not withdrawn">
            {withdraw.error.message}
          </Alert>
        </CardContent>
      ) : null}
    </Card>
  );
}
