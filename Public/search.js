// The search box, and the site's only script: it loads Pagefind's UI from the pagefind/ folder
// the build wrote (docs/search.md) into the header's #site-search. Without that folder (a build
// without Pagefind, or the preview) it shows the box's note that search is not available.
(function () {
  var box = document.getElementById("site-search");
  if (!box) return;
  var root = box.getAttribute("data-root") || "";
  var style = document.createElement("link");
  style.rel = "stylesheet";
  style.href = root + "pagefind/pagefind-ui.css";
  var script = document.createElement("script");
  script.src = root + "pagefind/pagefind-ui.js";
  script.onload = function () {
    new PagefindUI({ element: "#site-search", showImages: false, showSubResults: true, resetStyles: false });
  };
  script.onerror = function () {
    style.remove();
    var note = box.querySelector("p[hidden]");
    if (note) note.hidden = false;
  };
  document.head.append(style, script);
})();
