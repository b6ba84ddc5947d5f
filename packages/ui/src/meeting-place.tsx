import { MapPin } from "lucide-react";

/** Where a meeting is held, with a pin, in a meeting's list row; nothing when no place is set. */
export function MeetingPlace({ location }: { location: string | null }) {
  if (!location) return null;
  return (
    <span className="inline-flex items-center gap-1">
      <MapPin aria-hidden="true" className="size-3.5" />
      {location}
    </span>
  );
}
