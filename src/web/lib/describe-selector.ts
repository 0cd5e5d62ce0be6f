// The describer is pure and the revision diff in src/shared words batches with it too; the SPA keeps importing it here.
export { describeSelector } from '../../shared/describe-selector';
