import { Alert } from "@throughline/ui/alert";

/** Shown to principals, who see the framework as their teachers work through it. */
export function ReadOnlyNotice() {
  return (
    <Alert variant="info" title="Read only" className="mb-6">
      The district's PD administrators author the framework. You can read every part of it here.
    </Alert>
  );
}
