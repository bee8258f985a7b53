export default defineBackground(() => {
  // Issue 4 adds reminders here. The worker exists now so the extension has an id in tests.
});
