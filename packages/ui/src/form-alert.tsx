/**
 * A form's own error — the server's message that names none of its fields — read out as soon as
 * it shows; nothing when there is none. A field's message goes beside it (`FieldMessage`).
 */
export function FormAlert({ message }: { message?: string | null }) {
  if (!message) return null;
  return (
    <p role="alert" className="text-sm font-medium text-danger">
      {message}
    </p>
  );
}
