import { MapPinOff } from "lucide-react";
import { Link } from "react-router";
import { buttonClasses } from "./button.tsx";
import { EmptyState } from "./empty-state.tsx";

/** The page for an address inside an app that does not exist (yet). */
export function NotFound() {
  return (
    <EmptyState
      title="Page not found"
      headingLevel={1}
      icon={MapPinOff}
      action={
        <Link to="/" className={buttonClasses({ variant: "secondary" })}>
          Go to the home page
        </Link>
      }
    >
      <p>There is nothing at this address. It may have moved, or not be built yet.</p>
    </EmptyState>
  );
}
