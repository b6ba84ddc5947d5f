/*
 * The demo schools' bell schedules, Monday to Friday, in minutes after midnight. Each period
 * has a key the timetables refer to, so a teacher's week reads as "free in block 5 on Thursday".
 */

export interface SeedPeriod {
  key: string;
  name: string;
  start: number;
  end: number;
  /** Nobody teaches in it (lunch): it never becomes a teaching slot. */
  open?: boolean;
}

const at = (hours: number, minutes = 0) => hours * 60 + minutes;

/** An elementary day, 8:00–15:00: a long literacy block, math, specials rotations and lunch. */
export const elementaryBells: SeedPeriod[] = [
  { key: "morning", name: "Morning meeting", start: at(8), end: at(8, 15) },
  { key: "literacy", name: "Literacy block", start: at(8, 15), end: at(9, 45) },
  { key: "b2", name: "Block 2 (specials rotation)", start: at(9, 45), end: at(10, 30) },
  { key: "math", name: "Math block", start: at(10, 30), end: at(11, 45) },
  { key: "lunch", name: "Lunch & recess", start: at(11, 45), end: at(12, 15), open: true },
  { key: "b4", name: "Block 4", start: at(12, 15), end: at(13) },
  { key: "b5", name: "Block 5 (specials rotation)", start: at(13), end: at(14) },
  { key: "b6", name: "Block 6", start: at(14), end: at(14, 45) },
  { key: "dismissal", name: "Closing circle & dismissal", start: at(14, 45), end: at(15) },
];

/** A middle-school day, 7:50–15:20: seven 55-minute periods with passing time and lunch. */
export const middleBells: SeedPeriod[] = [
  { key: "p1", name: "Period 1", start: at(7, 50), end: at(8, 45) },
  { key: "p2", name: "Period 2", start: at(8, 50), end: at(9, 45) },
  { key: "p3", name: "Period 3", start: at(9, 50), end: at(10, 45) },
  { key: "p4", name: "Period 4", start: at(10, 50), end: at(11, 45) },
  { key: "lunch", name: "Lunch", start: at(11, 45), end: at(12, 20), open: true },
  { key: "p5", name: "Period 5", start: at(12, 25), end: at(13, 20) },
  { key: "p6", name: "Period 6", start: at(13, 25), end: at(14, 20) },
  { key: "p7", name: "Period 7", start: at(14, 25), end: at(15, 20) },
];

export const schoolWeek = [1, 2, 3, 4, 5] as const;
