/*
 * Runs before the first paint (a classic script in <head>; the CSP allows no inline script). The
 * page's title is in index.html so that it paints before the app's code arrives; embeds and
 * presentation mode size it differently, so their attributes are set here from the address.
 * The app sets them again from its validated state (src/modes/useModeAttributes.ts).
 */
(function () {
  var params = new URLSearchParams(location.search);
  var root = document.documentElement;
  if (params.get('embed') === '1') root.setAttribute('data-embed', '');
  if (params.get('present') === '1') root.setAttribute('data-present', '');
  var theme = params.get('theme');
  if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
})();
