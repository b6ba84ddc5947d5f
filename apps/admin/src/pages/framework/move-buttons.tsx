import { Button } from "@throughline/ui/button";
import { ArrowDown, ArrowUp } from "lucide-react";

export interface MoveButtonsProps {
  /** Names the item for screen readers: "Move Stage 2 up". */
  name: string;
  index: number;
  count: number;
  disabled?: boolean;
  onMove: (step: -1 | 1) => void;
}

/** Up and down buttons: reordering that works from the keyboard, one place at a time. */
export function MoveButtons({ name, index, count, disabled, onMove }: MoveButtonsProps) {
  return (
    <div className="flex gap-1">
      <Button
        type="button"
        variant="secondary"
        size="sm"
        disabled={disabled || index === 0}
        onClick={() => onMove(-1)}
      >
        <ArrowUp aria-hidden="true" />
        <span className="sr-only">Move {name} up</span>
      </Button>
      <Button
        type="button"
        variant="secondary"
        size="sm"
        disabled={disabled || index === count - 1}
        onClick={() => onMove(1)}
      >
        <ArrowDown aria-hidden="true" />
        <span className="sr-only">Move {name} down</span>
      </Button>
    </div>
  );
}
