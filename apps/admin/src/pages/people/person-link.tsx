import { Link } from "react-router";

/** A person's name linking to their page, as the people lists show it. */
export function PersonLink({ person }: { person: { id: string; displayName: string } }) {
  return (
    <Link to={`/people/${person.id}`} className="font-medium text-primary underline">
      {person.displayName}
    </Link>
  );
}
