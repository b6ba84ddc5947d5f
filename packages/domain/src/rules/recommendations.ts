/*
 * Which MicroPD sessions to recommend to one teacher, and why. The individual path: what was
 * seen in the classroom (observations the teacher can see, imported ratings) and the teacher's
 * own ratings point to the sessions that address the indicators below target; the sessions
 * their team chose as its next focus join them, with the team's choice as the reason.
 */

/** One level recorded for one indicator on one day ("developing on 12 Nov, walkthrough"). */
interface IndicatorEvidence {
  indicatorId: string;
  /** The level's rank on the district's scale: 0 is the lowest. */
  rank: number;
  /** The day it was seen: "2026-11-12". */
  on: string;
  /** The teacher's own rating (a self-assessment), not a level someone saw. */
  selfRated?: boolean;
}

interface RecommendableIndicator {
  id: string;
  title: string;
  /** Framework order, 1 for the first indicator. */
  position: number;
  /** This indicator's own target rank; null to use the district's. */
  targetRank: number | null;
}

export interface RecommendableSession {
  id: string;
  stageId: string;
  /** Its program's place in the district's order: stage positions count inside a program. */
  programPosition?: number;
  stagePosition: number;
  /** Order within its stage. */
  position: number;
  indicatorIds: readonly string[];
  /** In the elective catalogue: open to every teacher, whatever stages they have opened. */
  elective?: boolean;
}

/** A teacher's or coach's choice about one session; the latest per session counts. */
interface RecommendationDecision {
  sessionId: string;
  kind: "dismissed" | "pinned";
  at: Date;
}

/** The current focus of one of the teacher's teams, as its facilitator set it. */
export interface TeamFocusChoice {
  teamId: string;
  /** The indicators the team chose to work on next. */
  indicatorIds: readonly string[];
  /** The sessions the team chose: these are the ones recommended. */
  sessionIds: readonly string[];
  /** The day it was set: "2026-12-03". */
  setOn: string;
}

export interface RecommendationInput {
  evidence: readonly IndicatorEvidence[];
  indicators: readonly RecommendableIndicator[];
  /** The district's target rank; null when the district has set none. */
  defaultTargetRank: number | null;
  /** Level names by rank, for the reason in words. */
  levelLabels: ReadonlyMap<number, string>;
  sessions: readonly RecommendableSession[];
  /** Stages the teacher has opened, and stages the district opens to everyone. */
  openStageIds: ReadonlySet<string>;
  /** Sessions the teacher completed, with the day. */
  completions: readonly { sessionId: string; on: string }[];
  decisions: readonly RecommendationDecision[];
  /** Who reads the reasons: a self-rating is "you rated" to the teacher, "rated themselves" to a coach. */
  reader?: "teacher" | "coach";
  /** The current focus of each of the teacher's teams. */
  teamFocuses?: readonly TeamFocusChoice[];
}

interface Recommendation {
  sessionId: string;
  /** The indicator the recommendation is for; null for a pinned session with no gap behind it. */
  indicatorId: string | null;
  /** Target rank minus the latest rank; 0 for a pinned session with no gap. */
  gap: number;
  /** Assigned by the teacher's coach: shown first, whatever the gap. */
  pinned: boolean;
  /** The team whose chosen focus names this session: shown after pins, before gaps alone. */
  teamFocusId: string | null;
  /** For people: "'Uses an essential question' was developing on Nov 12, target proficient". */
  reason: string;
}

interface Gap {
  indicator: RecommendableIndicator;
  latest: IndicatorEvidence;
  target: number;
  gap: number;
}

/** A day as people read it in a reason: "Nov 12" (a calendar day, not an instant), as the apps write days. */
export function formatEvidenceDay(day: string): string {
  return new Intl.DateTimeFormat("en-US", {
    day: "numeric",
    month: "short",
    timeZone: "UTC",
  }).format(new Date(`${day}T00:00:00Z`));
}

function levelName(labels: ReadonlyMap<number, string>, rank: number): string {
  return labels.get(rank) ?? `level ${rank}`;
}

type Reader = NonNullable<RecommendationInput["reader"]>;

function reasonFor(gap: Gap, labels: ReadonlyMap<number, string>, reader: Reader): string {
  const title = `‘${gap.indicator.title}’`;
  const level = levelName(labels, gap.latest.rank);
  const day = formatEvidenceDay(gap.latest.on);
  const said = !gap.latest.selfRated
    ? `${title} was ${level} on ${day}`
    : reader === "teacher"
      ? `You rated ${title} ${level} on ${day}`
      : `The teacher rated ${title} ${level} on ${day}`;
  return `${said}, target ${levelName(labels, gap.target)}`;
}

/**
 * The largest gap in full, then the others the session also addresses, briefly:
 * "… target proficient. Also below target: ‘Closes with a summary’ (developing)".
 */
function reasonForAll(
  gaps: readonly Gap[],
  labels: ReadonlyMap<number, string>,
  reader: Reader,
): string | null {
  const [largest, ...others] = gaps;
  if (!largest) return null;
  if (others.length === 0) return reasonFor(largest, labels, reader);
  const also = others
    .map((gap) => `‘${gap.indicator.title}’ (${levelName(labels, gap.latest.rank)})`)
    .join(", ");
  return `${reasonFor(largest, labels, reader)}. Also below target: ${also}`;
}

/**
 * The latest evidence of one indicator: the latest day; on a day with two levels, the lower one
 * (when two visits disagree, recommending is the cautious answer).
 */
function latestOf(history: readonly IndicatorEvidence[]): IndicatorEvidence | undefined {
  let latest: IndicatorEvidence | undefined;
  for (const item of history) {
    if (!latest || item.on > latest.on || (item.on === latest.on && item.rank < latest.rank)) {
      latest = item;
    }
  }
  return latest;
}

/** Indicators below target with their latest evidence; indicators with no target are skipped. */
function gapsOf(input: RecommendationInput): Map<string, Gap> {
  const historyOf = new Map<string, IndicatorEvidence[]>();
  for (const item of input.evidence) {
    historyOf.set(item.indicatorId, [...(historyOf.get(item.indicatorId) ?? []), item]);
  }
  const gaps = new Map<string, Gap>();
  for (const indicator of input.indicators) {
    const latest = latestOf(historyOf.get(indicator.id) ?? []);
    const target = indicator.targetRank ?? input.defaultTargetRank;
    if (!latest || target === null) continue;
    const gap = target - latest.rank;
    if (gap > 0) gaps.set(indicator.id, { indicator, latest, target, gap });
  }
  return gaps;
}

/**
 * A completed session comes back only when its indicator dropped after completion: the latest
 * level is below the last level seen on or before the day the session was completed.
 */
function droppedSince(
  indicatorId: string,
  completedOn: string,
  evidence: readonly IndicatorEvidence[],
  latest: IndicatorEvidence,
): boolean {
  if (latest.on <= completedOn) return false;
  const before = latestOf(
    evidence.filter((item) => item.indicatorId === indicatorId && item.on <= completedOn),
  );
  return before !== undefined && latest.rank < before.rank;
}

/** The latest decision per session. */
function decisionsBySession(decisions: readonly RecommendationDecision[]) {
  const latest = new Map<string, RecommendationDecision>();
  for (const decision of decisions) {
    const seen = latest.get(decision.sessionId);
    if (!seen || decision.at.getTime() >= seen.at.getTime()) {
      latest.set(decision.sessionId, decision);
    }
  }
  return latest;
}

/** Larger gap first, then more recent evidence, then framework order. */
function compareGaps(a: Gap, b: Gap): number {
  return (
    b.gap - a.gap ||
    (a.latest.on < b.latest.on ? 1 : a.latest.on > b.latest.on ? -1 : 0) ||
    a.indicator.position - b.indicator.position
  );
}

/**
 * Per session, the team focus that names it: the most recently set one when two teams chose it
 * (then the first team given).
 */
function teamFocusBySession(focuses: readonly TeamFocusChoice[]): Map<string, TeamFocusChoice> {
  const bySession = new Map<string, TeamFocusChoice>();
  for (const focus of focuses) {
    for (const sessionId of focus.sessionIds) {
      const seen = bySession.get(sessionId);
      if (!seen || focus.setOn > seen.setOn) bySession.set(sessionId, focus);
    }
  }
  return bySession;
}

/**
 * "Your team chose ‘Closes with a summary’ as its next focus on Dec 3": the focus indicators the
 * session addresses, or every focus indicator when it addresses none of them.
 */
function teamReason(
  focus: TeamFocusChoice,
  session: RecommendableSession,
  indicators: readonly RecommendableIndicator[],
  reader: Reader,
): string {
  const titleOf = new Map(indicators.map((item) => [item.id, item.title]));
  const addressed = focus.indicatorIds.filter((id) => session.indicatorIds.includes(id));
  const titles = (addressed.length > 0 ? addressed : focus.indicatorIds)
    .map((id) => titleOf.get(id))
    .filter((title): title is string => title !== undefined)
    .map((title) => `‘${title}’`);
  const named =
    titles.length <= 1
      ? (titles[0] ?? "a focus")
      : `${titles.slice(0, -1).join(", ")} and ${titles.at(-1)}`;
  const whose = reader === "teacher" ? "Your team" : "The teacher's team";
  return `${whose} chose ${named} as its next focus on ${formatEvidenceDay(focus.setOn)}`;
}

/** Framework order: program, then stage within it, then session within the stage. */
function compareSessions(a: RecommendableSession, b: RecommendableSession): number {
  return (
    (a.programPosition ?? 0) - (b.programPosition ?? 0) ||
    a.stagePosition - b.stagePosition ||
    a.position - b.position
  );
}

/**
 * The teacher's recommended sessions: pinned ones first, then those their team chose as its next
 * focus, then the rest by the size of the gap, the recency of the evidence and framework order.
 * A session appears once whatever brings it (a pin, the team's focus, several indicators below
 * target), and its reason names each: the pin, the team's choice, the largest gap in full and
 * the others briefly. Sessions of stages the teacher has not opened, dismissed sessions, and
 * completed sessions (unless their indicator dropped since) are left out.
 */
export function recommendSessions(input: RecommendationInput): Recommendation[] {
  const gaps = gapsOf(input);
  const decisions = decisionsBySession(input.decisions);
  const completedOn = new Map(input.completions.map((c) => [c.sessionId, c.on]));
  const teamChose = teamFocusBySession(input.teamFocuses ?? []);
  const reader = input.reader ?? "teacher";

  const recommended: {
    session: RecommendableSession;
    gap: Gap | null;
    /** Every gap the session addresses, largest first: all of them go into the reason. */
    gaps: Gap[];
    pinned: boolean;
    team: TeamFocusChoice | null;
  }[] = [];
  for (const session of input.sessions) {
    if (!session.elective && !input.openStageIds.has(session.stageId)) continue;
    const decision = decisions.get(session.id)?.kind;
    if (decision === "dismissed") continue;
    const pinned = decision === "pinned";
    const completed = completedOn.get(session.id);
    // The team's choice, like a coach's pin, stands on its own until the teacher completes it.
    const team = completed === undefined ? (teamChose.get(session.id) ?? null) : null;

    const sessionGaps = session.indicatorIds
      .map((id) => gaps.get(id))
      .filter((gap): gap is Gap => gap !== undefined)
      .filter(
        (gap) =>
          completed === undefined ||
          droppedSince(gap.indicator.id, completed, input.evidence, gap.latest),
      )
      .sort(compareGaps);
    const [largest] = sessionGaps;
    if (largest || team || (pinned && completed === undefined)) {
      recommended.push({ session, gap: largest ?? null, gaps: sessionGaps, pinned, team });
    }
  }

  recommended.sort(
    (a, b) =>
      Number(b.pinned) - Number(a.pinned) ||
      Number(b.team !== null) - Number(a.team !== null) ||
      (a.gap && b.gap ? compareGaps(a.gap, b.gap) : a.gap ? -1 : b.gap ? 1 : 0) ||
      (a.team && b.team
        ? a.team.setOn < b.team.setOn
          ? 1
          : a.team.setOn > b.team.setOn
            ? -1
            : 0
        : 0) ||
      compareSessions(a.session, b.session),
  );

  return recommended.map(({ session, gap, gaps, pinned, team }) => ({
    sessionId: session.id,
    indicatorId: gap?.indicator.id ?? null,
    gap: gap?.gap ?? 0,
    pinned,
    teamFocusId: team?.teamId ?? null,
    reason: [
      pinned ? "Assigned by your coach" : null,
      team ? teamReason(team, session, input.indicators, reader) : null,
      reasonForAll(gaps, input.levelLabels, reader),
    ]
      .filter((part): part is string => part !== null)
      .join(". "),
  }));
}
