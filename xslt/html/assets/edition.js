/* teiconv HTML edition: the page behaviour that needs a browser, without any network access.
   - document pages: the reading/diplomatic view switch (remembered in the URL hash ?view);
   - index: filters by year, type and original language, and by a registered person or place
     the document names (data-filter-match="token": the entry's id is one of the entry's
     space-separated data-person/data-place); on an index of several pages a filter finds the
     documents of every page, from the lists of assets/filters/ (teiconv.html.filters; each
     option names its list in data-list, loaded when chosen) and the search index's documents,
     listed in place of the page's own; full-text search in the sharded
     index of assets/search/ (teiconv.html.search; loaded shard by shard as words need them),
     also reached from every page's search box through index.html?q=words; each hit shown in
     its context and linked as page.html?q=words, which marks the words on the page.
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
    // A link into the hidden view (a note's way back to its anchor) shows that view first.
    function reveal() {
      var target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
      var view = target && target.closest(".view[data-view]");
      if (view && view.hidden) {
        show(view.getAttribute("data-view"));
        target.scrollIntoView();
      }
    }
    window.addEventListener("hashchange", reveal);
    show("reading");
    reveal();
  }

  function setupFilters() {
    var selects = Array.from(document.querySelectorAll("select[data-filter]"));
    var list = document.querySelector(".document-list");
    var count = document.querySelector(".filter-count");
    if (!selects.length || !list) return;
    var entries = list.querySelectorAll(".document-entry");
    var pager = document.querySelector(".pager");
    var search = document.querySelector(".search-form[data-index]");
    var wholeEdition = Number(list.getAttribute("data-pages") || "1") > 1 && search;
    var results = document.createElement("ol");
    results.className = "document-list filter-results";
    results.hidden = true;
    list.after(results);
    var latest = 0;  // a slow list must not overwrite the answer to a later choice

    function counted(n) {
      if (count) count.textContent = n + (n === 1 ? " document" : " documents");
    }
    function showPage(pageList) {
      list.hidden = !pageList;
      results.hidden = pageList;
      if (pager) pager.hidden = !pageList;
    }
    // This page's documents, each shown or hidden.
    function applyHere(chosen) {
      var shown = 0;
      entries.forEach(function (entry) {
        var ok = chosen.every(function (s) {
          return matches(s, entry.getAttribute("data-" + s.getAttribute("data-filter")) || "");
        });
        entry.hidden = !ok;
        if (ok && entry.classList.contains("kind-document")) shown += 1;  // a collection is not a document
      });
      showPage(true);
      counted(shown);
    }
    function matches(select, value) {
      if (select.getAttribute("data-filter-match") === "token") return value.split(" ").indexOf(select.value) >= 0;
      return value === select.value;
    }
    // The edition's documents with every value chosen, whichever page lists them.
    function applyEverywhere(chosen) {
      var asked = ++latest;
      var scripts = chosen.map(function (s) { return s.selectedOptions[0].getAttribute("data-list"); });
      loadAll(scripts.concat([search.getAttribute("data-index") + "index.js"]), function () {
        if (asked !== latest) return;
        var found = null;
        chosen.forEach(function (s) {
          var numbers = (window.TEICONV_FILTER || {})[s.getAttribute("data-filter") + ":" + s.value] || [];
          found = found === null ? numbers : found.filter(function (n) { return numbers.indexOf(n) >= 0; });
        });
        if (!window.TEICONV_SEARCH) { applyHere(chosen); return; }  // the index did not load: this page
        var documents = window.TEICONV_SEARCH.documents;
        results.textContent = "";
        found.forEach(function (n) { results.appendChild(entryFor(documents[n])); });
        showPage(false);
        counted(found.length);
      });
    }
    // A document's entry: this page's own, else made from the search index's record of it.
    function entryFor(doc) {
      var here = document.getElementById("doc-" + doc.id);
      if (here) {
        var copy = here.cloneNode(true);
        copy.removeAttribute("id");
        copy.hidden = false;
        return copy;
      }
      var li = document.createElement("li"), meta = document.createElement("p");
      var title = document.createElement("h3"), link = document.createElement("a");
      li.className = "document-entry kind-document";
      meta.className = "entry-meta";
      meta.textContent = [doc.date, doc.type, (doc.classification || []).join("; ")]
        .filter(Boolean).join(" · ");
      title.className = "entry-title";
      link.href = doc.page;
      link.textContent = doc.title;
      title.appendChild(link);
      li.append(meta, title);
      if (doc.summary) {
        var summary = document.createElement("p");
        summary.className = "entry-summary";
        summary.textContent = doc.summary;
        li.appendChild(summary);
      }
      return li;
    }
    function apply() {
      var chosen = selects.filter(function (s) { return s.value; });
      var listed = chosen.every(function (s) { return s.selectedOptions[0].hasAttribute("data-list"); });
      if (wholeEdition && chosen.length && listed) applyEverywhere(chosen);
      else { latest += 1; applyHere(chosen); }
    }
    selects.forEach(function (s) { s.addEventListener("change", apply); });
    apply();
  }

  // The same words as teiconv.html.search.words: lower case, no accents, letters and digits.
  function words(text) {
    return fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  }
  function fold(text) {
    return text.toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  }

  // The shard a word is in (teiconv.html.search.shard_name): its first two letters, file-safe.
  function shardName(word) {
    return Array.from(word).slice(0, 2).map(function (c) {
      return /[a-z0-9]/.test(c) ? c : "_" + c.codePointAt(0).toString(16);
    }).join("");
  }

  // Scripts load from file://, fetch does not: every part of the index is a script, loaded once.
  var loaded = {};
  function load(src, callback) {
    if (loaded[src] === true) { callback(); return; }
    if (loaded[src]) { loaded[src].push(callback); return; }
    loaded[src] = [callback];
    var script = document.createElement("script");
    script.src = src;
    script.onload = script.onerror = function () {
      var waiting = loaded[src]; loaded[src] = true;
      waiting.forEach(function (f) { f(); });
    };
    document.body.appendChild(script);
  }
  function loadAll(sources, callback) {
    var left = sources.length;
    if (!left) { callback(); return; }
    sources.forEach(function (src) { load(src, function () { if (--left === 0) callback(); }); });
  }

  // Documents containing every query word (or a word that starts with it).
  function find(base, terms, callback) {
    load(base + "index.js", function () {
      var index = window.TEICONV_SEARCH;
      var shards = index.shards.filter(function (name) {
        return terms.some(function (t) { var s = shardName(t); return name.startsWith(s) || s.startsWith(name); });
      });
      loadAll(shards.map(function (n) { return base + "words-" + n + ".js"; }), function () {
        var found = null;
        terms.forEach(function (term) {
          var docs = new Set(), prefix = shardName(term);
          shards.forEach(function (name) {
            if (!(name.startsWith(prefix) || prefix.startsWith(name))) return;
            var postings = (window.TEICONV_SEARCH_WORDS || {})[name] || {};
            Object.keys(postings).forEach(function (word) {
              if (word.startsWith(term)) postings[word].forEach(function (n) { docs.add(n); });
            });
          });
          found = found === null ? docs : new Set(Array.from(found).filter(function (n) { return docs.has(n); }));
        });
        callback(Array.from(found || []).sort(function (a, b) { return a - b; })
          .map(function (n) { return index.documents[n]; }));
      });
    });
  }

  // The passage around the first place the text has one of the terms, with every term marked.
  function passage(text, terms, width) {
    var folded = fold(text), at = -1;
    terms.forEach(function (t) {
      var re = new RegExp("(^|[^\\p{L}\\p{N}])" + escape(t), "u"), m = re.exec(folded);
      if (m && (at < 0 || m.index < at)) at = m.index + m[1].length;
    });
    if (at < 0) return null;
    var start = Math.max(0, at - width), end = Math.min(text.length, at + width);
    while (start > 0 && /\S/.test(text[start - 1])) start--;
    while (end < text.length && /\S/.test(text[end])) end++;
    var p = document.createElement("p");
    p.className = "search-passage";
    if (start > 0) p.appendChild(document.createTextNode("… "));
    appendMarked(p, text.slice(start, end), terms);
    if (end < text.length) p.appendChild(document.createTextNode(" …"));
    return p;
  }
  function escape(s) { return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); }

  // Append text to el with each word beginning with a term in a <mark>. Folding keeps
  // positions only for text whose folded form has the same length, so marks come from a
  // word-by-word walk of the original text.
  function appendMarked(el, text, terms) {
    var parts = text.split(/([^\p{L}\p{N}]+)/u), plain = "";
    parts.forEach(function (part) {
      var hit = part && terms.some(function (t) { return fold(part).startsWith(t); });
      if (!hit) { plain += part; return; }
      if (plain) { el.appendChild(document.createTextNode(plain)); plain = ""; }
      var mark = document.createElement("mark");
      mark.textContent = part;
      el.appendChild(mark);
    });
    if (plain) el.appendChild(document.createTextNode(plain));
  }

  function showResults(base, out, query, terms, hits) {
    out.textContent = "";
    var heading = document.createElement("p");
    heading.className = "search-count";
    heading.textContent = hits.length + (hits.length === 1 ? " document" : " documents") +
      " with “" + query + "”";
    out.appendChild(heading);
    var list = document.createElement("ol"), shown = hits.slice(0, 50);
    out.appendChild(list);
    var texts = shown.map(function (doc) { return base + "text-" + doc.id + ".js"; });
    loadAll(texts, function () {
      shown.forEach(function (doc) {
        var li = document.createElement("li"), a = document.createElement("a");
        a.href = doc.page + "?q=" + encodeURIComponent(query);
        a.textContent = doc.title;
        li.appendChild(a);
        if (doc.date) li.appendChild(document.createTextNode(" (" + doc.date + ")"));
        var text = (window.TEICONV_SEARCH_TEXT || {})[doc.id] || "";
        var context = passage(text, terms, 90) || (doc.summary && passage(doc.summary, terms, 90));
        if (context) li.appendChild(context);
        list.appendChild(li);
      });
      if (hits.length > shown.length) {
        var more = document.createElement("p");
        more.textContent = "The first " + shown.length + " are listed; add words to narrow the search.";
        out.appendChild(more);
      }
    });
  }

  function setupSearch() {
    var form = document.querySelector(".search-form[data-index]");
    var input = document.getElementById("q");
    var out = document.getElementById("search-results");
    if (!form || !input || !out) return;
    var base = form.getAttribute("data-index");
    function run(query) {
      var terms = words(query);
      if (!terms.length) { out.textContent = ""; return; }
      find(base, terms, function (hits) { showResults(base, out, query, terms, hits); });
    }
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      run(input.value);
    });
    var initial = new URLSearchParams(window.location.search).get("q");
    if (initial) { input.value = initial; run(initial); }
  }

  // A document opened from a search result (page.html?q=words): the words are marked in the
  // text and the first one is scrolled into view.
  function highlightQuery() {
    var query = new URLSearchParams(window.location.search).get("q");
    var text = document.querySelector(".text-views");
    if (!query || !text || document.querySelector(".search-form")) return;
    var terms = words(query);
    if (!terms.length) return;
    var walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT), nodes = [];
    while (walker.nextNode()) nodes.push(walker.currentNode);
    nodes.forEach(function (node) {
      if (!terms.some(function (t) { return fold(node.data).indexOf(t) >= 0; })) return;
      var holder = document.createDocumentFragment();
      appendMarked(holder, node.data, terms);
      if (holder.querySelector("mark")) node.parentNode.replaceChild(holder, node);
    });
    var first = text.querySelector(".view:not([hidden]) mark");
    if (first) first.scrollIntoView({ block: "center" });
  }

  setupViews();
  setupFilters();
  setupSearch();
  highlightQuery();
})();
