// report.html's only script (allowed by its hash in the page's Content-Security-Policy):
// filters, paging, and the review workflow. Decisions are kept in this browser (localStorage)
// by finding id, which is stable across runs; nothing is sent anywhere.
(function () {
  "use strict";
  var PER_PAGE = 20;
  var KEY = "tadqiq.decisions", WHO = "tadqiq.reviewer";
  var panel = document.getElementById("review");
  var cards = Array.prototype.slice.call(document.querySelectorAll("article.card"));
  var sections = Array.prototype.slice.call(document.querySelectorAll("section.verdict"));
  var filter = document.getElementById("filter");
  var stateFilter = document.getElementById("state-filter");
  var reviewer = document.getElementById("reviewer");
  var out = document.getElementById("export-out");
  var pages = {};

  function load() {
    try { return JSON.parse(localStorage.getItem(KEY) || "{}") || {}; } catch (e) { return {}; }
  }
  function save(all) {
    try { localStorage.setItem(KEY, JSON.stringify(all)); } catch (e) { /* storage off: marks last this visit */ }
  }
  function label(name, args) {
    var text = panel.getAttribute("data-l-" + name) || "";
    return text.replace(/\{(\d)\}/g, function (m, i) { return args[+i] === undefined ? "" : String(args[+i]); });
  }
  var decisions = load();

  function stateOf(card) {
    var d = decisions[card.getAttribute("data-id")];
    if (d) { return d.decision; }
    var stored = card.getAttribute("data-stored");
    return stored === "confirmed" || stored === "dismissed" ? stored : "open";
  }

  function paint(card) {
    var d = decisions[card.getAttribute("data-id")];
    var state = stateOf(card);
    card.classList.toggle("is-confirmed", state === "confirmed");
    card.classList.toggle("is-dismissed", state === "dismissed");
    var line = card.querySelector(".review .state");
    var note = card.querySelector(".review .note");
    if (d) {
      line.textContent = label(d.decision, [d.reviewer, d.decided_at.substring(0, 10)]) + (d.note ? " — " + d.note : "");
      if (document.activeElement !== note) { note.value = d.note || ""; }
    } else {
      line.textContent = "";
    }
  }

  function decide(card, decision) {
    var id = card.getAttribute("data-id");
    var note = card.querySelector(".review .note").value;
    if (!decision) {
      delete decisions[id];
    } else {
      decisions[id] = {
        finding: id, decision: decision, note: note,
        reviewer: reviewer.value || "", decided_at: new Date().toISOString(),
        signature: card.getAttribute("data-signature"), summary: card.getAttribute("data-summary")
      };
    }
    save(decisions);
    paint(card);
    count();
    show();
  }

  function count() {
    var c = 0, d = 0;
    Object.keys(decisions).forEach(function (k) {
      if (decisions[k].decision === "confirmed") { c++; } else if (decisions[k].decision === "dismissed") { d++; }
    });
    document.getElementById("review-count").textContent = label("count", [c, d]);
  }

  function matches(card, words, state) {
    if (state !== "all" && stateOf(card) !== state) { return false; }
    if (!words) { return true; }
    return card.textContent.toLowerCase().indexOf(words) >= 0;
  }

  function show() {
    var words = filter.value.trim().toLowerCase();
    var state = stateFilter.value;
    sections.forEach(function (sec) {
      var own = Array.prototype.slice.call(sec.querySelectorAll("article.card"));
      var bar = sec.querySelector(".pager");
      if (!bar) { return; }
      var hits = own.filter(function (c) { return matches(c, words, state); });
      var total = Math.max(1, Math.ceil(hits.length / PER_PAGE));
      var page = Math.max(0, Math.min(pages[sec.id] || 0, total - 1));
      pages[sec.id] = page;
      own.forEach(function (c) { c.hidden = true; });
      hits.slice(page * PER_PAGE, (page + 1) * PER_PAGE).forEach(function (c) { c.hidden = false; });
      bar.hidden = own.length <= PER_PAGE && !words && state === "all";
      bar.querySelector(".info").textContent = label("pager", [hits.length, own.length, page + 1, total]);
      bar.querySelector(".prev").disabled = page === 0;
      bar.querySelector(".next").disabled = page >= total - 1;
    });
  }

  function download(name, type, text) {
    out.style.display = "block";
    out.value = text;
    try {
      var a = document.createElement("a");
      a.href = URL.createObjectURL(new Blob([text], { type: type }));
      a.download = name;
      document.body.appendChild(a);
      a.click();
      a.remove();
    } catch (e) { /* the text stays in the box to copy */ }
  }

  function list() {
    return Object.keys(decisions).sort().map(function (k) { return decisions[k]; });
  }

  var COLUMNS = ["finding", "decision", "note", "reviewer", "decided_at", "signature", "summary"];
  function csvField(v) {
    var s = v === undefined || v === null ? "" : String(v);
    if (/^[=+\-@]/.test(s)) { s = "'" + s; }
    return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }

  function claimReviews() {
    return list().filter(function (d) { return d.decision === "confirmed"; }).map(function (d) {
      var card = document.getElementById(d.finding);
      var review = {
        "@context": "https://schema.org", "@type": "ClaimReview",
        "identifier": d.finding, "datePublished": d.decided_at.substring(0, 10),
        "author": { "@type": "Person", "name": d.reviewer || "" },
        "claimReviewed": d.summary, "reviewBody": d.note || d.summary,
        "reviewRating": { "@type": "Rating", "alternateName": "Conflicting reports" }
      };
      if (card && card.tagName === "ARTICLE") {
        var side = card.querySelector(".side.odd") || card.querySelector(".side.draft") || card.querySelector(".side");
        var quote = side.querySelector("blockquote");
        review.claimReviewed = quote ? quote.textContent.trim() : d.summary;
        review.reviewRating.alternateName = card.querySelector(".headline").textContent.trim();
        review.itemReviewed = { "@type": "Claim", "appearance": Array.prototype.map.call(
          side.querySelectorAll("figure.evidence"), function (f) {
            var work = { "@type": "CreativeWork", "headline": f.getAttribute("data-title") };
            if (f.getAttribute("data-url")) { work.url = f.getAttribute("data-url"); }
            if (f.getAttribute("data-date")) { work.datePublished = f.getAttribute("data-date"); }
            if (f.getAttribute("data-outlet")) { work.publisher = { "@type": "Organization", "name": f.getAttribute("data-outlet") }; }
            return work;
          }) };
      }
      return review;
    });
  }

  // everything below needs the script: show the controls it drives
  panel.hidden = false;
  document.getElementById("filters").hidden = false;
  reviewer.value = localStorage.getItem(WHO) || "";
  reviewer.addEventListener("change", function () { try { localStorage.setItem(WHO, reviewer.value); } catch (e) {} });
  cards.forEach(function (card) {
    var box = card.querySelector(".review");
    box.hidden = false;
    box.querySelector(".confirm").addEventListener("click", function () { decide(card, "confirmed"); });
    box.querySelector(".dismiss").addEventListener("click", function () { decide(card, "dismissed"); });
    box.querySelector(".clear").addEventListener("click", function () { decide(card, null); });
    box.querySelector(".note").addEventListener("change", function () {
      var d = decisions[card.getAttribute("data-id")];
      if (d) { d.note = this.value; save(decisions); paint(card); }
    });
    paint(card);
  });
  sections.forEach(function (sec) {
    var bar = sec.querySelector(".pager");
    if (!bar) { return; }
    bar.querySelector(".prev").addEventListener("click", function () { pages[sec.id] = (pages[sec.id] || 0) - 1; show(); });
    bar.querySelector(".next").addEventListener("click", function () { pages[sec.id] = (pages[sec.id] || 0) + 1; show(); });
  });
  filter.addEventListener("input", function () { pages = {}; show(); });
  stateFilter.addEventListener("change", function () { pages = {}; show(); });
  document.getElementById("export-json").addEventListener("click", function () {
    download("decisions.json", "application/json",
      JSON.stringify({ tool: "tadqiq", format: 1, decisions: list() }, null, 2) + "\n");
  });
  document.getElementById("export-csv").addEventListener("click", function () {
    var rows = [COLUMNS.join(",")].concat(list().map(function (d) {
      return COLUMNS.map(function (c) { return csvField(d[c]); }).join(",");
    }));
    download("decisions.csv", "text/csv", rows.join("\r\n") + "\r\n");
  });
  document.getElementById("export-claimreview").addEventListener("click", function () {
    download("claimreview.jsonld", "application/ld+json", JSON.stringify(claimReviews(), null, 2) + "\n");
  });
  count();
  show();
})();
