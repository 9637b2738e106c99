// Runs before the page paints (a plain script in index.html's head): the saved theme, else the
// system's, as the `dark` class on <html>. src/lib/theme.ts keeps it up to date afterwards.
(function () {
  var choice = null;
  try {
    choice = localStorage.getItem('theme');
  } catch (error) {
    // Storage blocked: follow the system.
  }
  var dark = choice === 'dark' || (choice !== 'light' && window.matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.classList.toggle('dark', dark);
})();
