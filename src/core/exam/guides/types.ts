/** The shape of an AWS exam guide as coverage reads it: its content domains, their weights and in-scope services. */
import type { ExamCode } from "../../../settings";

/** An exam the plugin has the guide of. */
export type GuideCode = Exclude<ExamCode, "none">;

/** One content domain of an exam guide. */
export interface ExamDomain {
  /** The domain's number in the guide: "1", "2", … */
  id: string;
  /** The domain's name as the guide writes it. */
  name: string;
  /** Its share of the scored content, in percent. */
  weight: number;
  /**
   * Catalogue ids of the in-scope services the domain's task statements use (see `guides/index.ts` for the rule);
   * a service may be in more than one domain.
   */
  services: readonly string[];
}

/** An exam guide: facts from the public AWS exam guide, written as data. */
export interface ExamGuide {
  code: GuideCode;
  /** The certification's name. */
  name: string;
  domains: readonly ExamDomain[];
}
