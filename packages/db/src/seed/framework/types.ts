import type { ContentBlock } from "@throughline/domain/framework";

/** One MicroPD session as the seed writes it; blocks follow the domain's block shapes. */
export interface SessionContent {
  title: string;
  summary: string;
  estimatedMinutes: number;
  /** Codes of the indicators the session addresses, e.g. "1.2". */
  indicatorCodes: string[];
  blocks: ContentBlock[];
  reflectionPrompts: string[];
  /** About the lesson the session prepares: answered after it is taught. */
  afterLessonPrompts?: string[];
  /** What a demo teacher wrote before the lesson, when the session asks the rest after it. */
  demoPlan?: string;
}

export interface StageContent {
  title: string;
  summary: string;
  meetingsRequired: number;
  requiresConfirmation: boolean;
  sessions: SessionContent[];
}

export interface IndicatorContent {
  code: string;
  title: string;
  description: string;
}
