/** A connection string fit to print: any password replaced by `***`. */
export function redactUrl(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    if (url.password) url.password = '***';
    if (url.searchParams.has('password')) url.searchParams.set('password', '***');
    return url.toString();
  } catch {
    // Not a URL (a libpq key=value string): hide the password field by pattern.
    return databaseUrl.replace(/(password\s*=\s*)('[^']*'|\S+)/gi, '$1***');
  }
}
