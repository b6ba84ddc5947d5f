import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert } from "@throughline/ui/alert";
import { Badge } from "@throughline/ui/badge";
import { Button } from "@throughline/ui/button";
import { ErrorState } from "@throughline/ui/error-state";
import { Loading } from "@throughline/ui/loading";
import { ArrowRight } from "lucide-react";
import type { AppTrpc } from "./app-trpc.ts";

/**
 * The districts this sign-in belongs to, each a button that opens it in this session. After a
 * choice every query is asked again: everything on screen belonged to the other district.
 */
export function DistrictChoices({ trpc }: { trpc: AppTrpc }) {
  const queryClient = useQueryClient();
  const districts = useQuery(trpc.account.districts.queryOptions());
  const choose = useMutation(
    trpc.account.chooseDistrict.mutationOptions({
      onSuccess: () => queryClient.resetQueries(),
    }),
  );

  if (districts.isPending) return <Loading label="Loading your districts…" />;
  if (districts.isError) {
    return (
      <ErrorState
        message="Your districts could not be loaded."
        onRetry={() => void districts.refetch()}
        retrying={districts.isFetching}
      />
    );
  }
  return (
    <div className="flex flex-col gap-3">
      <ul aria-label="Your districts" className="flex flex-col gap-2">
        {districts.data.districts.map((district) => {
          const current = district.id === districts.data.current;
          return (
            <li key={district.id}>
              <Button
                variant="secondary"
                className="h-auto w-full justify-between px-4 py-3 text-left"
                aria-current={current ? "true" : undefined}
                disabled={choose.isPending || current}
                onClick={() => choose.mutate({ districtId: district.id })}
              >
                <span className="flex flex-col">
                  <span className="font-medium">{district.name}</span>
                  <span className="text-sm font-normal text-muted-foreground">
                    as {district.personName}
                  </span>
                </span>
                {current ? (
                  <Badge variant="success">Open now</Badge>
                ) : (
                  <ArrowRight aria-hidden="true" className="size-4" />
                )}
              </Button>
            </li>
          );
        })}
      </ul>
      {choose.isError ? <Alert variant="error">{choose.error.message}</Alert> : null}
    </div>
  );
}
