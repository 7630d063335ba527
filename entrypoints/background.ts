export default defineBackground(() => {
  // The coaching log's receiver is wired here (lib/db).
});
