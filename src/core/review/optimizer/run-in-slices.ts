/** Running an optimizer job in slices of a few milliseconds, giving the thread back between them. */
import type { SliceOptions } from "../../slices";
import type { OptimizeResult, OptimizerJob } from "./optimize-job";

/** Steps `job` until done, pausing whenever a slice has used `budgetMs`; null when cancelled first. */
export async function runOptimizerInSlices(
  job: OptimizerJob, options: Pick<SliceOptions, "budgetMs" | "now" | "pause" | "cancelled">,
  onProgress?: (share: number) => void,
): Promise<OptimizeResult | null> {
  let sliceStart = options.now();
  while (job.step()) {
    if (options.now() - sliceStart < options.budgetMs) continue;
    onProgress?.(job.progress());
    await options.pause();
    if (options.cancelled?.()) return null;
    sliceStart = options.now();
  }
  return job.result();
}
