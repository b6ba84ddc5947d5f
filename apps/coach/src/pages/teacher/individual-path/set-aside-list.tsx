import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { formatMoment } from "@throughline/ui/format";

/** Sessions set aside for the teacher, by them or a coach, with the reasons given. */
export function SetAsideList({ teacherId }: { teacherId: string }) {
  const setAside = useQuery(trpc.recommendations.dismissedFor.queryOptions({ teacherId }));
  // Secondary information: while loading or on failure the section above says enough.
  if (!setAside.data || setAside.data.length === 0) return null;
  return (
    <details className="rounded-md border border-border p-3 text-sm">
      <summary className="cursor-pointer font-medium">Set aside ({setAside.data.length})</summary>
      <ul className="mt-3 flex flex-col gap-2">
        {setAside.data.map((item) => (
          <li key={item.sessionId} className="flex flex-col gap-0.5">
            <span className="font-medium">{item.title}</span>
            <span className="text-muted-foreground">
              {item.by.displayName}, {formatMoment(item.at)}
              {item.reason ? `: “${item.reason}”` : ""}
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
