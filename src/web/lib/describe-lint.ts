// Being translated (issue 18): the lints' words in the planner's language, keyed by lint kind (part `lints`).
export { describeLint, lintSeverity } from '../../shared/plan-lints';
export { describeAddonLint } from '../../shared/addon-lints';
