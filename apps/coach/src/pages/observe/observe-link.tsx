import { Eye } from "lucide-react";
import { Link } from "react-router";

/** "Observe" for one teacher, small enough for a caseload row; named with the teacher for screen readers. */
export function ObserveLink({
  teacherId,
  teacherName,
}: {
  teacherId: string;
  teacherName: string;
}) {
  return (
    <Link
      to={`/observe/new?teacherId=${teacherId}`}
      className="inline-flex min-h-8 items-center gap-1 text-sm text-muted-foreground underline hover:text-primary"
    >
      <Eye aria-hidden="true" className="size-3.5" />
      Observe<span className="sr-only"> {teacherName}</span>
    </Link>
  );
}
