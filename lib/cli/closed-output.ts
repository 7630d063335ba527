/**
 * `audit … | head -3`: when the reader of standard output goes away, the next write fails with EPIPE. That is
 * the reader saying it has enough, not an error: stop at once, quietly, with status 0, as Unix tools do.
 */
export function stopQuietlyWhenOutputCloses(output: NodeJS.WriteStream): void {
  output.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}
