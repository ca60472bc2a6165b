/*
 * Runs before the first paint (a classic script in <head>; the CSP allows no inline script). The
 * page's title is in index.html so that it paints before the app's code arrives; embeds and
 * presentation mode size it differently, so their attributes are set here from the address.
 * The app sets them again from its validated state (src/modes/useModeAttributes.ts).
 */
(function () {
  var params = new URLSearchParams(location.search);
  var root = document.documentElement;
  // As isSwitchedOn in src/state/url.ts: `embed=1`, `embed=true`, a bare `embed`...
  var on = function (name) {
    var value = params.get(name);
    return value !== null && /^(1|true|yes|on|)$/i.test(value.trim());
  };
  if (on('embed')) root.setAttribute('data-embed', '');
  if (on('present')) root.setAttribute('data-present', '');
  var theme = params.get('theme');
  if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
})();
