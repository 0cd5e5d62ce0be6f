// The one module the review and strategy steps import lazily for the picture, so the first load does not carry it.
export { RolloutTimeline } from './RolloutTimeline';
