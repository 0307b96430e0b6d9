import type { LaneInfo } from '../api/wire-types';

/** True for a row that repeats a lane captured in another view (customer actions on the blueprint). */
export function isMirrorRow(lane: LaneInfo): boolean {
  return lane.section !== lane.capturedIn;
}

/** Each lane once, where its items are edited, in the order the server draws them. */
export function editableLanes(lanes: LaneInfo[]): LaneInfo[] {
  return lanes.filter((lane) => !isMirrorRow(lane));
}
