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
