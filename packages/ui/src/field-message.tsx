import { CircleAlert } from "lucide-react";

/**
 * A field's error line — usually the server's message naming this field — with the id the
 * field points at in `aria-describedby`; nothing when there is no message.
 */
export function FieldMessage({ id, message }: { id: string; message?: string | null }) {
  if (!message) return null;
  return (
    <p id={id} className="flex items-start gap-1.5 text-sm font-medium text-danger">
      <CircleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
      <span>{message}</span>
    </p>
  );
}
