import { buttonClasses } from "@throughline/ui/button";
import { ArrowRight } from "lucide-react";
import type { ReactNode } from "react";
import { Link } from "react-router";

/** The button that opens a MicroPD session; a long session title wraps instead of overflowing. */
export function SessionStartLink({
  sessionId,
  children,
}: {
  sessionId: string;
  children: ReactNode;
}) {
  return (
    <Link
      to={`/sessions/${sessionId}`}
      className={buttonClasses({ className: "h-auto min-h-10 py-2 whitespace-normal" })}
    >
      {children}
      <ArrowRight aria-hidden="true" />
    </Link>
  );
}
