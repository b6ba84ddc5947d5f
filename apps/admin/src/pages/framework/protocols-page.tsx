import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { Badge } from "@throughline/ui/badge";
import { Button } from "@throughline/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@throughline/ui/card";
import { useState } from "react";
import { FrameworkListPage } from "./framework-list-page.tsx";
import { ProtocolEditor } from "./protocol-editor.tsx";
import type { EditorProtocol } from "./types.ts";
import { useCanEditFramework } from "./use-can-edit.ts";

/** The timed meeting structures teams use; coaches add their own from the coach app. */
export function ProtocolsPage() {
  const canEdit = useCanEditFramework();
  const protocols = useQuery(trpc.frameworkAdmin.protocols.queryOptions());
  const [editingId, setEditingId] = useState<string | null>(null);
  return (
    <FrameworkListPage
      title="Protocols"
      description="Timed steps for support meetings. Meetings already scheduled keep the agenda they were given."
      noun="protocols"
      query={protocols}
      canEdit={canEdit}
    >
      {(list) => (
        <ul className="flex flex-col gap-4">
          {list.map((protocol) => (
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
      )}
    </FrameworkListPage>
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
