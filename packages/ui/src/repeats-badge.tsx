import { Repeat } from "lucide-react";
import { Badge } from "./badge.tsx";

/** Marks a meeting that is one of a repeating series. */
export function RepeatsBadge() {
  return (
    <Badge variant="info">
      <Repeat aria-hidden="true" className="size-3" />
      Repeats
    </Badge>
  );
}
