/**
 * `npm run --silent train:effort:levels`: chooses the effort scale's level thresholds and its points for several
 * kinds of effort at once on the calibration half of the team's labeled threads (thread-levels.ts), by grid search,
 * and reports the chosen scale's agreement there and on the held-out half. The chosen values are then written into
 * EFFORT_SCALE (score.ts) by hand; the unit tests check that EFFORT_SCALE is still this script's choice.
 */
import { analyzeThread } from '../analyze-thread';
import { SIGNAL_WEIGHTS, type EffortScale } from '../score';
import { ownThreads, type OwnThread } from './own-data';
import { agreementLine, inCalibration, levelAgreement } from './thread-levels';

export function gridScales(): EffortScale[] {
  const out: EffortScale[] = [];
  for (let medium = 10; medium <= 25; medium++)
    for (const high of [40, 45, 50, 55])
      for (const fromKinds of [3, 4])
        for (const perKind of [0, 5, 10, 15, 20, 25]) out.push({ levels: { medium, high }, breadth: { fromKinds, perKind, cap: perKind * 2 } });
  return out.filter(meetsDefinition);
}

/**
 * The README's definition of high is "several kinds of effort at once": a scale is only a candidate if any three
 * different signals, each in one message, score high — even the three worth the fewest points.
 */
export function meetsDefinition(scale: EffortScale): boolean {
  const cheapest = Object.values(SIGNAL_WEIGHTS)
    .map((w) => w.first)
    .sort((a, b) => a - b)
    .slice(0, 3);
  const { fromKinds, perKind, cap } = scale.breadth;
  const breadth = perKind > 0 && 3 >= fromKinds ? Math.min(cap, (3 - fromKinds + 1) * perKind) : 0;
  return cheapest.reduce((a, b) => a + b, 0) + breadth >= scale.levels.high;
}

/** Best level agreement; ties go to the better of high-effort recall and precision (their minimum), then to the grid's order. */
export function chooseScale(threads: readonly OwnThread[]): EffortScale {
  let best: { scale: EffortScale; key: [number, number] } | null = null;
  for (const scale of gridScales()) {
    const a = levelAgreement(threads, (t) => analyzeThread(t, scale));
    const key: [number, number] = [a.agreement, Math.min(a.highRecall, a.highPrecision)];
    if (!best || key[0] > best.key[0] + 1e-9 || (Math.abs(key[0] - best.key[0]) < 1e-9 && key[1] > best.key[1] + 1e-9)) best = { scale, key };
  }
  return best!.scale;
}

export function calibrationParts() {
  const all = ownThreads();
  return { calibration: all.filter((t) => inCalibration(t.id)), heldOut: all.filter((t) => !inCalibration(t.id)) };
}

const isMain = process.argv[1]?.endsWith('calibrate-levels.ts');
if (isMain) {
  const { calibration, heldOut } = calibrationParts();
  const scale = chooseScale(calibration);
  console.log(`chosen on the calibration part: ${JSON.stringify(scale)}`);
  console.log(`calibration part (chosen on these): ${agreementLine(levelAgreement(calibration, (t) => analyzeThread(t, scale)))}`);
  const held = levelAgreement(heldOut, (t) => analyzeThread(t, scale));
  console.log(`held-out part (never used to choose): ${agreementLine(held)}`);
  console.log(`held-out confusion [labeled][scored]: ${JSON.stringify(held.confusion)}`);
}
