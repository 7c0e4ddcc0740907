/* global window */
// ES5 on purpose: Office 2016/2019 builds may run add-ins in Internet Explorer's engine (Trident), which cannot
// run the task pane. Send it to a plain page before anything else loads. The old Edge webview (EdgeHTML 18) of the
// same builds runs the pane: the bundles are compiled and polyfilled for it (webpack.config.js). A file of its own,
// not an inline script, so the pages' Content-Security-Policy allows scripts from our origin only.
(function () {
  var ua = window.navigator.userAgent;
  if (ua.indexOf("Trident/") !== -1 || ua.indexOf("MSIE ") !== -1) {
    window.location.replace("ie.html");
  }
})();
