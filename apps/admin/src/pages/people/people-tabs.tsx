import { NavLink } from "react-router";

const tabs = [
  { to: "/people", label: "People", end: true },
  { to: "/people/invitations", label: "Not signed in yet", end: false },
  { to: "/people/schools", label: "Schools", end: false },
  { to: "/people/teams", label: "Teams", end: false },
] as const;

/** Moves between the parts of the people section; on a phone the row scrolls sideways. */
export function PeopleTabs() {
  return (
    <nav
      aria-label="People section"
      className="mb-6 flex gap-1 overflow-x-auto border-b border-border"
    >
      {tabs.map((tab) => (
        <NavLink
          key={tab.to}
          to={tab.to}
          end={tab.end}
          className={({ isActive }) =>
            `-mb-px shrink-0 rounded-t-md border-b-2 px-4 py-2 text-sm font-medium whitespace-nowrap ${
              isActive
                ? "border-primary text-primary"
                : "border-transparent text-muted-foreground hover:text-foreground"
            }`
          }
        >
          {tab.label}
        </NavLink>
      ))}
    </nav>
  );
}
