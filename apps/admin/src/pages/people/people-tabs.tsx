import { NavLink } from "react-router";

const tabs = [
  { to: "/people", label: "People", end: true },
  { to: "/people/schools", label: "Schools", end: false },
  { to: "/people/teams", label: "Teams", end: false },
] as const;

/** Moves between the three parts of the people section. */
export function PeopleTabs() {
  return (
    <nav aria-label="People section" className="mb-6 flex gap-1 border-b border-border">
      {tabs.map((tab) => (
        <NavLink
          key={tab.to}
          to={tab.to}
          end={tab.end}
          className={({ isActive }) =>
            `-mb-px rounded-t-md border-b-2 px-4 py-2 text-sm font-medium ${
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
