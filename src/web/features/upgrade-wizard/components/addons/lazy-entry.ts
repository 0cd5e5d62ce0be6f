// The one module the wizard imports lazily for add-ons: the step and the review's add-on account share a chunk, so the
// bundler does not split the app's shared code differently for each (which grew the first load).
export { AddonFateList } from './AddonFateList';
export { AddonsStep } from './AddonsStep';
