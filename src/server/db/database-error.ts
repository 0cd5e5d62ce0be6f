/** The database cannot be opened or used as configured: the message names the setting to fix, never a password. */
export class DatabaseError extends Error {
  override name = 'DatabaseError';
}
