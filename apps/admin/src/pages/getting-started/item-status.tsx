import { Badge } from "@throughline/ui/badge";
import { Check, Circle } from "lucide-react";

/** Done or to do, said in words and with an icon, never by colour alone. */
export function ItemStatus({ done }: { done: boolean }) {
  return done ? (
    <Badge variant="success">
      <Check aria-hidden="true" className="size-3.5" />
      Done
    </Badge>
  ) : (
    <Badge variant="neutral">
      <Circle aria-hidden="true" className="size-3.5" />
      To do
    </Badge>
  );
}
