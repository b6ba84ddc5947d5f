import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryView } from "@throughline/app-kit/query-view";
import { Card, CardContent } from "@throughline/ui/card";
import { PageHeader } from "@throughline/ui/page-header";
import { Link, useNavigate } from "react-router";
import { PersonForm, personInput } from "./person-form.tsx";

/** Adds a person; they can sign in once they set a password through an invite link. */
export function NewPersonPage() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const options = useQuery(trpc.peopleAdmin.options.queryOptions());
  const create = useMutation(
    trpc.peopleAdmin.create.mutationOptions({
      onSuccess: async ({ personId }) => {
        await queryClient.invalidateQueries(trpc.peopleAdmin.pathFilter());
        await navigate(`/people/${personId}`);
      },
    }),
  );
  return (
    <>
      <PageHeader
        title="Add person"
        description="After saving, create an invite link so they can set their password."
      />
      <QueryView
        query={options}
        loading="Loading the form…"
        errorTitle="We could not load your schools"
      >
        {(data) => {
          const onlySchool = data.schools.length === 1 ? (data.schools[0]?.id ?? "") : "";
          return (
            <Card>
              <CardContent className="pt-6">
                <PersonForm
                  initial={{
                    displayName: "",
                    email: "",
                    roles: [{ role: "teacher", schoolId: onlySchool, schoolName: null }],
                  }}
                  options={data}
                  submitLabel="Add person"
                  pendingLabel="Adding…"
                  save={create}
                  failedTitle="The person was not added"
                  onSubmit={(draft) => create.mutate(personInput(draft))}
                  cancel={
                    <Link to="/people" className="text-sm font-medium text-primary underline">
                      Cancel
                    </Link>
                  }
                />
              </CardContent>
            </Card>
          );
        }}
      </QueryView>
    </>
  );
}
