// Apart from the add-on rules on purpose: the wizard's root needs these words on the first screen, the rules it does not.

/** Until the installed add-ons have been checked against the target, that check itself holds submit back. */
export const addonsUncheckedBlocker = (targetVersion: string) => `The installed add-ons are still being checked against ${targetVersion}.`;
