import { ChevronRight } from "lucide-react";
import type { MemberMeeting } from "./types.ts";

/** The agenda folded under one line, "Agenda (4 steps, 40 min)", opened to prepare. */
export function MeetingAgenda({ agenda }: { agenda: MemberMeeting["agenda"] }) {
  if (agenda.length === 0) return null;
  const minutes = agenda.reduce((sum, item) => sum + item.minutes, 0);
  return (
    <details className="group rounded-md border border-border">
      <summary className="flex cursor-pointer list-none items-center gap-1.5 px-3 py-2 text-sm font-medium text-primary [&::-webkit-details-marker]:hidden">
        <ChevronRight
          aria-hidden="true"
          className="size-4 transition-transform group-open:rotate-90"
        />
        Agenda ({agenda.length} {agenda.length === 1 ? "step" : "steps"}, {minutes} min)
      </summary>
      <ol className="flex flex-col gap-3 border-t border-border px-4 py-3">
        {agenda.map((item) => (
          <li key={item.id} className="flex flex-col gap-1">
            <p className="font-medium">
              {item.position}. {item.title}{" "}
              <span className="text-sm font-normal text-muted-foreground">
                · {item.minutes} min
              </span>
            </p>
            <p className="text-sm text-muted-foreground">{item.purpose}</p>
            {item.prompts.length > 0 ? (
              <ul className="ml-5 list-disc text-sm">
                {item.prompts.map((prompt) => (
                  <li key={prompt}>{prompt}</li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
    </details>
  );
}
