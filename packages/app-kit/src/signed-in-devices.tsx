import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert } from "@throughline/ui/alert";
import { Badge } from "@throughline/ui/badge";
import { Button } from "@throughline/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@throughline/ui/card";
import { ErrorState } from "@throughline/ui/error-state";
import { formatMoment } from "@throughline/ui/format";
import { Loading } from "@throughline/ui/loading";
import { LogOut, Monitor } from "lucide-react";
import type { AppTrpc } from "./app-trpc.ts";

/**
 * Every device the person is signed in on, by browser and system, with where and when; any
 * other one can be signed out, or all of them at once. Devices are named by session id only:
 * the server never hands a session token to the page.
 */
export function SignedInDevices({ trpc }: { trpc: AppTrpc }) {
  const queryClient = useQueryClient();
  const sessions = useQuery(trpc.account.sessions.queryOptions());
  const refresh = () => queryClient.invalidateQueries(trpc.account.sessions.queryFilter());
  const revoke = useMutation(trpc.account.revokeSession.mutationOptions({ onSettled: refresh }));
  const revokeOthers = useMutation(
    trpc.account.revokeOtherSessions.mutationOptions({ onSettled: refresh }),
  );

  const others = sessions.data?.filter((device) => !device.current) ?? [];
  return (
    <Card>
      <CardHeader>
        <CardTitle>Signed-in devices</CardTitle>
        <CardDescription>
          Where your account is signed in now. Sign out any device you do not recognise, then change
          your password.
        </CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        {sessions.isPending ? (
          <Loading label="Loading your devices…" />
        ) : sessions.isError ? (
          <ErrorState
            message="Your devices could not be loaded."
            onRetry={() => void sessions.refetch()}
            retrying={sessions.isFetching}
          />
        ) : (
          <ul
            aria-label="Devices"
            className="flex flex-col divide-y divide-border rounded-md border border-border"
          >
            {sessions.data.map((device) => {
              const name = `${device.browser} on ${device.os}`;
              return (
                <li
                  key={device.id}
                  className="flex flex-wrap items-center justify-between gap-3 p-4"
                >
                  <div className="flex min-w-0 items-start gap-3">
                    <Monitor
                      aria-hidden="true"
                      className="mt-0.5 size-5 shrink-0 text-muted-foreground"
                    />
                    <div className="flex min-w-0 flex-col gap-1">
                      <p className="flex flex-wrap items-center gap-2 font-medium">
                        {name}
                        {device.current ? <Badge variant="success">This device</Badge> : null}
                      </p>
                      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm text-muted-foreground">
                        <dt>Address</dt>
                        <dd className="break-all">{device.ipAddress ?? "Unknown"}</dd>
                        <dt>Signed in</dt>
                        <dd>{formatMoment(device.signedInAt)}</dd>
                        <dt>Last active</dt>
                        <dd>{formatMoment(device.lastActiveAt)}</dd>
                      </dl>
                    </div>
                  </div>
                  {device.current ? null : (
                    <Button
                      variant="secondary"
                      size="sm"
                      disabled={revoke.isPending}
                      onClick={() => revoke.mutate({ sessionId: device.id })}
                      aria-label={`Sign out ${name}, signed in ${formatMoment(device.signedInAt)}`}
                    >
                      <LogOut aria-hidden="true" />
                      Sign out
                    </Button>
                  )}
                </li>
              );
            })}
          </ul>
        )}
        {revoke.isError ? <Alert variant="error">{revoke.error.message}</Alert> : null}
        {revokeOthers.isError ? <Alert variant="error">{revokeOthers.error.message}</Alert> : null}
        {revokeOthers.isSuccess ? (
          <Alert variant="success">
            {revokeOthers.data.signedOut === 1
              ? "1 other device is signed out."
              : `${revokeOthers.data.signedOut} other devices are signed out.`}
          </Alert>
        ) : null}
        {others.length > 0 ? (
          <div>
            <Button
              variant="secondary"
              disabled={revokeOthers.isPending}
              onClick={() => revokeOthers.mutate()}
            >
              {revokeOthers.isPending ? "Signing out…" : "Sign out of all other devices"}
            </Button>
          </div>
        ) : null}
      </CardContent>
    </Card>
  );
}
