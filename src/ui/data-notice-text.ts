/** Notices about the review data, worded in the interface language (the core reports them as codes and values). */
import type { DataNotice } from "../core/review/data-notice";
import { t } from "./strings";

/** The text of a notice about the review data: the plugin's name, then each sentence in the interface language. */
export function describeDataNotice(notice: DataNotice): string {
  return t("dataProblem", { message: notice.map(({ code, ...values }) => t(code, values)).join(" ") });
}
