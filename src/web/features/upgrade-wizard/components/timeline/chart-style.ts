// Geometry and colours of the rollout timeline, shared by its axis, lanes and bars.
export const LANE = 32;
export const BAR = 18;
export const AXIS = 40;
export const MIN_HIT = 8;

// White text on both fills passes AA (5.7:1 and 10:1); the hatched range extension tells "might take longer" without colour.
export const colours = {
  wave: '#1565c0',
  cluster: '#37474f',
  windowBand: '#eef4fb',
  windowEnd: '#a84300',
  grid: '#e0e0e0',
  axisText: '#424242',
  ring: '#000000',
} as const;
