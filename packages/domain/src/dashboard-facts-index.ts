import type { DashboardFacts } from "./dashboard-metrics.ts";

/*
 * The dashboard's facts grouped once by teacher and by team, so every figure of every row reads
 * only the rows of the people and teams in its scope: a district of 20,000 teachers and its 400
 * school rows cost one pass over the facts, not a scan of every fact per teacher or per row.
 */

type Row<K extends keyof DashboardFacts> = DashboardFacts[K][number];

interface PersonFacts {
  enrolments: Row<"enrolments">[];
  sessionSummaries: Row<"sessionSummaries">[];
  steps: Row<"steps">[];
  workshopMinutes: Row<"workshopMinutes">[];
  meetingMinutes: Row<"meetingMinutes">[];
  externalMinutes: Row<"externalMinutes">[];
  teacherMeetings: Row<"teacherMeetings">[];
  badges: Row<"badges">[];
}

interface TeamFacts {
  teamMeetings: Row<"teamMeetings">[];
  teamBlocks: Row<"teamBlocks">[];
  teamBlockUse: Row<"teamBlockUse">[];
}

interface FactsIndex {
  byPerson: ReadonlyMap<string, PersonFacts>;
  byTeam: ReadonlyMap<string, TeamFacts>;
  stages: ReadonlyMap<string, Row<"stages">>;
}

/** Fresh empty lists: the start of each person's group, and the answer for one with no facts. */
function emptyPersonFacts(): PersonFacts {
  return {
    enrolments: [],
    sessionSummaries: [],
    steps: [],
    workshopMinutes: [],
    meetingMinutes: [],
    externalMinutes: [],
    teacherMeetings: [],
    badges: [],
  };
}

function emptyTeamFacts(): TeamFacts {
  return { teamMeetings: [], teamBlocks: [], teamBlockUse: [] };
}

const NO_PERSON_FACTS: PersonFacts = Object.freeze(emptyPersonFacts());
const NO_TEAM_FACTS: TeamFacts = Object.freeze(emptyTeamFacts());

const cache = new WeakMap<DashboardFacts, FactsIndex>();

/** The facts grouped by person and team; computed once per facts object and remembered. */
export function factsIndex(facts: DashboardFacts): FactsIndex {
  const known = cache.get(facts);
  if (known) return known;
  const byPerson = new Map<string, PersonFacts>();
  const person = (id: string): PersonFacts => {
    let group = byPerson.get(id);
    if (!group) {
      group = emptyPersonFacts();
      byPerson.set(id, group);
    }
    return group;
  };
  for (const row of facts.enrolments) person(row.personId).enrolments.push(row);
  for (const row of facts.sessionSummaries) person(row.personId).sessionSummaries.push(row);
  for (const row of facts.steps) person(row.personId).steps.push(row);
  for (const row of facts.workshopMinutes) person(row.personId).workshopMinutes.push(row);
  for (const row of facts.meetingMinutes) person(row.personId).meetingMinutes.push(row);
  for (const row of facts.externalMinutes) person(row.personId).externalMinutes.push(row);
  for (const row of facts.teacherMeetings) person(row.personId).teacherMeetings.push(row);
  for (const row of facts.badges) person(row.personId).badges.push(row);

  const byTeam = new Map<string, TeamFacts>();
  const team = (id: string): TeamFacts => {
    let group = byTeam.get(id);
    if (!group) {
      group = emptyTeamFacts();
      byTeam.set(id, group);
    }
    return group;
  };
  for (const row of facts.teamMeetings) team(row.teamId).teamMeetings.push(row);
  for (const row of facts.teamBlocks) team(row.teamId).teamBlocks.push(row);
  for (const row of facts.teamBlockUse) team(row.teamId).teamBlockUse.push(row);

  const index: FactsIndex = {
    byPerson,
    byTeam,
    stages: new Map(facts.stages.map((row) => [row.id, row])),
  };
  cache.set(facts, index);
  return index;
}

/** One teacher's facts (empty lists when she has none). */
export function personFacts(index: FactsIndex, personId: string): PersonFacts {
  return index.byPerson.get(personId) ?? NO_PERSON_FACTS;
}

/** One team's facts (empty lists when it has none). */
function teamFacts(index: FactsIndex, teamId: string): TeamFacts {
  return index.byTeam.get(teamId) ?? NO_TEAM_FACTS;
}

/** The rows of one kind for every person in scope, gathered through the index. */
export function rowsOfPeople<K extends keyof PersonFacts>(
  index: FactsIndex,
  personIds: Iterable<string>,
  kind: K,
): PersonFacts[K] {
  return gatherRows((id) => personFacts(index, id)[kind], personIds) as PersonFacts[K];
}

/** The rows of one kind for every team in scope, gathered through the index. */
export function rowsOfTeams<K extends keyof TeamFacts>(
  index: FactsIndex,
  teamIds: Iterable<string>,
  kind: K,
): TeamFacts[K] {
  return gatherRows((id) => teamFacts(index, id)[kind], teamIds) as TeamFacts[K];
}

/** The rows of each id in turn, as one list in the order of the ids. */
function gatherRows(rowsOf: (id: string) => readonly unknown[], ids: Iterable<string>): unknown[] {
  const rows: unknown[] = [];
  for (const id of ids) {
    for (const row of rowsOf(id)) rows.push(row);
  }
  return rows;
}
