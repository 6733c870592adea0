import { deliver, openTestDevice, testScheduler as scheduler, type Delivery, type Device } from "./device";
import { ListingPort } from "./fake-port";

const T0 = Date.parse("2026-12-01T09:00:00Z");
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const device = openTestDevice;

/** Answers every card once on a device, at its clock, `step` apart. */
async function review(d: Device, cards: readonly string[], step: number): Promise<void> {
  for (const id of cards) {
    d.store.recordReview(scheduler.grade(d.store.getState(id), "good", new Date(d.clock.now), id).log);
    d.clock.now += step;
  }
  await d.store.flush();
}

const ORDERS: [string, (laptop: Device, phone: Device, how: Delivery) => Promise<void>][] = [
  ["laptop's files reach the phone, then the phone's reach the laptop", async (l, p, how) => { await deliver(l, p, how); await deliver(p, l, how); }],
  ["phone's files reach the laptop, then the laptop's reach the phone", async (l, p, how) => { await deliver(p, l, how); await deliver(l, p, how); }],
  ["both arrive at once, each over the other's", async (l, p, how) => {
    const laptopFiles = new Map(l.port.files);
    await deliver(p, l, how);
    const phoneView = { ...l, port: Object.assign(new ListingPort(), { files: laptopFiles }) };
    await deliver(phoneView, p, how);
    await deliver(p, l, how);
  }],
];

describe("two devices that reviewed offline", () => {
  for (const how of ["overwrite", "conflicted copies"] as const) {
    for (const [order, sync] of ORDERS) {
      it(`keep every answer on both when the ${order} (${how})`, async () => {
        const first = await device(new Map(), T0);
        await review(first, ["ec2", "s3", "sqs"], 60_000);
        const laptop = await device(first.port.files, T0 + DAY);
        const phone = await device(first.port.files, T0 + DAY + HOUR);
        // Both answer `s3` offline; each also answers a card of its own.
        await review(laptop, ["s3", "ec2"], 60_000);
        await review(phone, ["s3", "sqs"], 60_000);
        await sync(laptop, phone, how);
        for (const d of [laptop, phone]) {
          const reopened = await device(d.port.files, d.clock.now);
          const answers = reopened.store.getData().logs.map((l) => `${l.cardId}@${l.time}`);
          expect(answers).toHaveLength(7);
          // `s3` was answered on the first day and on both devices: three reviews, in time order.
          expect(reopened.store.getState("s3")).toMatchObject({ reps: 3, lastReview: T0 + DAY + HOUR });
          expect(reopened.store.getState("ec2")?.reps).toBe(2);
          expect(reopened.store.getState("sqs")?.reps).toBe(2);
        }
      });
    }
  }

  it("keep the other device's answers first when the phone's clock is a year ahead", async () => {
    const first = await device(new Map(), T0);
    await review(first, ["s3"], 60_000);
    const laptop = await device(first.port.files, T0 + DAY);
    const phone = await device(first.port.files, T0 + 366 * DAY);
    await review(phone, ["s3"], 60_000);
    await review(laptop, ["s3"], 60_000);
    await deliver(phone, laptop, "overwrite");
    const s3 = laptop.store.getState("s3");
    expect(s3?.reps).toBe(3);
    // Placed right after the laptop's own answers, never due a year from now.
    expect(s3!.due).toBeLessThan(T0 + 60 * DAY);
  });
});
