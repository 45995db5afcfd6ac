/* teiconv HTML edition: the page behaviour that needs a browser, without any network access.
   - document pages: the reading/diplomatic view switch (remembered in the URL hash ?view);
   - index: filters by year, type and original language; full-text search over
     window.TEICONV_SEARCH (assets/search-index.js), also reached from every page's search box
     through index.html?q=words.
   Without script every view and every document stays visible. */
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  function setupViews() {
    var buttons = document.querySelectorAll(".view-switch button[data-view]");
    if (!buttons.length) return;
    function show(view) {
      document.querySelectorAll(".view[data-view]").forEach(function (el) {
        el.hidden = el.getAttribute("data-view") !== view;
      });
      buttons.forEach(function (b) {
        b.setAttribute("aria-pressed", String(b.getAttribute("data-view") === view));
      });
    }
    buttons.forEach(function (b) {
      b.addEventListener("click", function () { show(b.getAttribute("data-view")); });
    });
    show("reading");
  }

  function setupFilters() {
    var selects = document.querySelectorAll("select[data-filter]");
    var entries = document.querySelectorAll(".document-entry");
    var count = document.querySelector(".filter-count");
    if (!selects.length) return;
    function apply() {
      var shown = 0;
      entries.forEach(function (entry) {
        var ok = true;
        selects.forEach(function (s) {
          if (s.value && entry.getAttribute("data-" + s.getAttribute("data-filter")) !== s.value) ok = false;
        });
        entry.hidden = !ok;
        if (ok) shown += 1;
      });
      if (count) count.textContent = shown + (shown === 1 ? " document" : " documents");
    }
    selects.forEach(function (s) { s.addEventListener("change", apply); });
    apply();
  }

  function words(text) {
    return text.toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "")
      .split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  }

  function snippet(text, word) {
    var at = text.toLowerCase().indexOf(word);
    if (at < 0) return document.createTextNode(text.slice(0, 160) + "…");
    var start = Math.max(0, at - 70), span = document.createElement("span");
    span.appendChild(document.createTextNode((start ? "…" : "") + text.slice(start, at)));
    var mark = document.createElement("mark");
    mark.textContent = text.slice(at, at + word.length);
    span.appendChild(mark);
    span.appendChild(document.createTextNode(text.slice(at + word.length, at + word.length + 90) + "…"));
    return span;
  }

  function setupSearch() {
    var form = document.querySelector(".search-form");
    var input = document.getElementById("q");
    var out = document.getElementById("search-results");
    var index = window.TEICONV_SEARCH;
    if (!form || !input || !out || !index) return;
    var prepared = index.map(function (d) {
      return { doc: d, words: new Set(words(d.title + " " + d.summary + " " + d.text)) };
    });
    function run(query) {
      out.textContent = "";
      var terms = words(query);
      if (!terms.length) return;
      var hits = prepared.filter(function (p) {
        return terms.every(function (t) {
          if (p.words.has(t)) return true;
          for (var w of p.words) { if (w.startsWith(t)) return true; }
          return false;
        });
      });
      var heading = document.createElement("p");
      heading.className = "search-count";
      heading.textContent = hits.length + (hits.length === 1 ? " document" : " documents") +
        " with “" + query + "”";
      out.appendChild(heading);
      var list = document.createElement("ol");
      hits.forEach(function (p) {
        var li = document.createElement("li"), a = document.createElement("a");
        a.href = p.doc.page;
        a.textContent = p.doc.title;
        li.appendChild(a);
        if (p.doc.date) li.appendChild(document.createTextNode(" (" + p.doc.date + ")"));
        var para = document.createElement("p");
        para.appendChild(snippet(p.doc.text, terms[0]));
        li.appendChild(para);
        list.appendChild(li);
      });
      out.appendChild(list);
    }
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      run(input.value);
    });
    var initial = new URLSearchParams(window.location.search).get("q");
    if (initial) { input.value = initial; run(initial); }
  }

  setupViews();
  setupFilters();
  setupSearch();
})();
