import { useQuery } from "@tanstack/react-query";
import { Badge } from "@throughline/ui/badge";
import { Button } from "@throughline/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@throughline/ui/card";
import { ErrorState } from "@throughline/ui/error-state";
import { Loading } from "@throughline/ui/loading";
import { PageHeader } from "@throughline/ui/page-header";
import { useState } from "react";
import { Link } from "react-router";
import { trpc } from "../../lib/trpc.ts";
import { ProtocolEditor } from "./protocol-editor.tsx";
import { ReadOnlyNotice } from "./read-only-notice.tsx";
import type { EditorProtocol } from "./types.ts";
import { useCanEditFramework } from "./use-can-edit.ts";

/** The timed meeting structures teams use; coaches add their own from the coach app. */
export function ProtocolsPage() {
  const canEdit = useCanEditFramework();
  const protocols = useQuery(trpc.frameworkAdmin.protocols.queryOptions());
  const [editingId, setEditingId] = useState<string | null>(null);
  const header = (
    <>
      <div className="mb-4">
        <Link to="/framework" className="text-sm font-medium text-primary underline">
          Back to the framework
        </Link>
      </div>
      <PageHeader
        title="Protocols"
        description="Timed steps for support meetings. Meetings already scheduled keep the agenda they were given."
      />
    </>
  );
  if (protocols.isPending) return <Loading label="Loading the protocols…" />;
  if (protocols.isError) {
    return (
      <>
        {header}
        <ErrorState
          message="We could not load the protocols."
          onRetry={() => void protocols.refetch()}
          retrying={protocols.isFetching}
        />
      </>
    );
  }
  return (
    <>
      {header}
      {canEdit ? null : <ReadOnlyNotice />}
      <ul className="flex flex-col gap-4">
        {protocols.data.map((protocol) => (
          <li key={protocol.id}>
            {editingId === protocol.id ? (
              <ProtocolEditor protocol={protocol} onDone={() => setEditingId(null)} />
            ) : (
              <ProtocolCard
                protocol={protocol}
                canEdit={canEdit}
                onEdit={() => setEditingId(protocol.id)}
              />
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

function ProtocolCard(props: { protocol: EditorProtocol; canEdit: boolean; onEdit: () => void }) {
  const { protocol, canEdit, onEdit } = props;
  return (
    <Card>
      <CardHeader className="flex flex-row items-start justify-between gap-3">
        <div className="flex min-w-0 flex-1 flex-col gap-1">
          <CardTitle>
            {protocol.name}{" "}
            {protocol.addedByDistrict ? <Badge variant="info">Added by the district</Badge> : null}
          </CardTitle>
          <CardDescription>
            {protocol.purpose} · {protocol.totalMinutes} minutes
          </CardDescription>
        </div>
        {canEdit ? (
          <Button variant="secondary" size="sm" onClick={onEdit}>
            Edit steps<span className="sr-only"> of {protocol.name}</span>
          </Button>
        ) : null}
      </CardHeader>
      <CardContent>
        <ol className="list-decimal space-y-1 pl-6 text-sm">
          {protocol.steps.map((step) => (
            <li key={step.id}>
              <span className="font-medium">{step.title}</span> ({step.minutes} min) —{" "}
              {step.purpose}
            </li>
          ))}
        </ol>
      </CardContent>
    </Card>
  );
}
