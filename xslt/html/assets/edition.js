/* teiconv HTML edition: the page behaviour that needs a browser, without any network access.
   - document pages: the reading/diplomatic view switch (remembered in the URL hash ?view);
   - index: filters by year, type and original language; full-text search in the inverted
     index window.TEICONV_SEARCH (assets/search-index.js, loaded on the first search), also
     reached from every page's search box through index.html?q=words.
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

  // The same words as teiconv.html.search.words: lower case, no accents, letters and digits.
  function words(text) {
    return text.toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "")
      .split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  }

  // Documents containing every query word (or a word that starts with it).
  function find(index, terms) {
    var vocabulary = Object.keys(index.words);
    var found = null;
    terms.forEach(function (term) {
      var docs = new Set();
      vocabulary.forEach(function (word) {
        if (word.startsWith(term)) index.words[word].forEach(function (n) { docs.add(n); });
      });
      found = found === null ? docs : new Set(Array.from(found).filter(function (n) { return docs.has(n); }));
    });
    return Array.from(found || []).sort(function (a, b) { return a - b; })
      .map(function (n) { return index.documents[n]; });
  }

  function showResults(out, query, hits) {
    out.textContent = "";
    var heading = document.createElement("p");
    heading.className = "search-count";
    heading.textContent = hits.length + (hits.length === 1 ? " document" : " documents") +
      " with “" + query + "”";
    out.appendChild(heading);
    var list = document.createElement("ol");
    hits.forEach(function (doc) {
      var li = document.createElement("li"), a = document.createElement("a");
      a.href = doc.page;
      a.textContent = doc.title;
      li.appendChild(a);
      if (doc.date) li.appendChild(document.createTextNode(" (" + doc.date + ")"));
      if (doc.summary) {
        var para = document.createElement("p");
        para.textContent = doc.summary;
        li.appendChild(para);
      }
      list.appendChild(li);
    });
    out.appendChild(list);
  }

  // The index is a script loaded on the first search: scripts load from file://, fetch does not.
  function withIndex(form, callback) {
    if (window.TEICONV_SEARCH) { callback(window.TEICONV_SEARCH); return; }
    var script = document.createElement("script");
    script.src = form.getAttribute("data-index");
    script.onload = function () { callback(window.TEICONV_SEARCH); };
    document.body.appendChild(script);
  }

  function setupSearch() {
    var form = document.querySelector(".search-form[data-index]");
    var input = document.getElementById("q");
    var out = document.getElementById("search-results");
    if (!form || !input || !out) return;
    function run(query) {
      var terms = words(query);
      if (!terms.length) { out.textContent = ""; return; }
      withIndex(form, function (index) { showResults(out, query, find(index, terms)); });
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
