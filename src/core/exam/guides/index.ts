/**
 * The exam guides the plugin knows: facts from AWS's public exam guides (the certification's name, its content
 * domains and their weights, the services its appendix lists as in scope), written here as data.
 *
 * Where a service goes: into every domain whose task statements use it or the kind of work it does (S3 is storage
 * in "high-performing" and storage classes in "cost-optimized"); a service of the guide's list that no task statement
 * uses goes to the domain covering its category (for CLF-C02, task 3.8 "other in-scope service categories"). The
 * overall counts count each service once. Only catalogue ids are written here: names come from the catalogue.
 */
import type { ExamCode } from "../../../settings";
import { CLF_C02 } from "./clf-c02";
import { DVA_C02 } from "./dva-c02";
import { SAA_C03 } from "./saa-c03";
import { SOA_C02 } from "./soa-c02";
import type { ExamGuide, GuideCode } from "./types";

export type { ExamDomain, ExamGuide, GuideCode } from "./types";

/** Every guide, by exam code. */
export const EXAM_GUIDES: Readonly<Record<GuideCode, ExamGuide>> = {
  "CLF-C02": CLF_C02,
  "SAA-C03": SAA_C03,
  "DVA-C02": DVA_C02,
  "SOA-C02": SOA_C02,
};

/** The guide of the chosen exam, or null for none. */
export function examGuide(code: ExamCode): ExamGuide | null {
  return code === "none" ? null : EXAM_GUIDES[code] ?? null;
}

/** Every service the guide lists as in scope, once each, in domain order. */
export function servicesInScope(guide: ExamGuide): string[] {
  return [...new Set(guide.domains.flatMap((d) => d.services))];
}
