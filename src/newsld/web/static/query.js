/* The query page: run a query with fetch, draw the answer, offer downloads and a link. No library. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("ui-data").textContent);
  var form = document.getElementById("query-form");
  var editor = document.getElementById("query");
  var runButton = document.getElementById("run");
  var statusLine = document.getElementById("status");
  var errorView = document.getElementById("error");
  var results = document.getElementById("results");
  var downloads = document.getElementById("downloads");
  var share = document.getElementById("share");
  var WIKIDATA_ITEM = /^http:\/\/www\.wikidata\.org\/entity\/(Q[1-9][0-9]*)$/;
  var ACCEPT = "application/sparql-results+json, application/n-triples;q=0.9";

  function uiLink(query) { return location.pathname + "?query=" + encodeURIComponent(query); }
  function updateShare() { share.href = uiLink(editor.value); }

  /* Where an IRI leads on this site: the same rule as newsld.web.links. */
  function hrefFor(iri) {
    var qid = WIKIDATA_ITEM.exec(iri);
    if (qid) return "/entity/" + qid[1];
    var prefix = data.base + "/id/";
    if (iri.indexOf(prefix) === 0) return "/doc/" + iri.slice(prefix.length);
    return iri;
  }

  /* The IRI as people write it: a key under the base, or prefix:name. */
  function shortFor(iri) {
    var prefix = data.base + "/id/";
    if (iri.indexOf(prefix) === 0) return iri.slice(prefix.length);
    var names = Object.keys(data.prefixes).sort(function (a, b) { return data.prefixes[b].length - data.prefixes[a].length; });
    for (var i = 0; i < names.length; i++) {
      var ns = data.prefixes[names[i]];
      if (iri.indexOf(ns) === 0 && /^[A-Za-z0-9_.-]*$/.test(iri.slice(ns.length))) return names[i] + ":" + iri.slice(ns.length);
    }
    return iri;
  }

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function termCell(term) {
    var td = el("td");
    if (!term) return td;
    if (term.type === "uri") {
      td.appendChild(el("a", { href: hrefFor(term.value), title: term.value, "class": "iri" }, shortFor(term.value)));
    } else if (term.type === "bnode") {
      td.className = "bnode"; td.textContent = "_:" + term.value;
    } else {
      td.appendChild(document.createTextNode(term.value));
      var note = term["xml:lang"] ? "@" + term["xml:lang"] : (term.datatype ? term.datatype.replace(/^.*[#\/]/, "") : "");
      if (note) td.appendChild(el("span", { "class": "dt", title: term.datatype || "" }, note));
    }
    return td;
  }

  function table(columns, rows) {
    var t = el("table", { "class": "result-table" });
    var head = el("tr");
    columns.forEach(function (c) { head.appendChild(el("th", {}, c)); });
    t.appendChild(el("thead")).appendChild(head);
    var body = el("tbody");
    rows.forEach(function (row) {
      var tr = el("tr");
      columns.forEach(function (c) { tr.appendChild(termCell(row[c])); });
      body.appendChild(tr);
    });
    t.appendChild(body);
    return t;
  }

  /* N-Triples, one triple a line, into {s, p, o} terms shaped like SPARQL JSON results. */
  var NT_TERM = /\s*(<[^>]*>|_:\S+|"(?:[^"\\]|\\.)*"(?:@[A-Za-z0-9-]+|\^\^<[^>]*>)?)/y;
  function unescapeNt(text) {
    return text.replace(/\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})|\\(.)/g, function (m, u4, u8, c) {
      if (u4 || u8) return String.fromCodePoint(parseInt(u4 || u8, 16));
      return { t: "\t", n: "\n", r: "\r", b: "\b", f: "\f", '"': '"', "'": "'", "\\": "\\" }[c] || c;
    });
  }
  function ntTerm(token) {
    if (token[0] === "<") return { type: "uri", value: token.slice(1, -1) };
    if (token[0] === "_") return { type: "bnode", value: token.slice(2) };
    var end = token.lastIndexOf('"');
    var term = { type: "literal", value: unescapeNt(token.slice(1, end)) };
    var rest = token.slice(end + 1);
    if (rest[0] === "@") term["xml:lang"] = rest.slice(1);
    if (rest.indexOf("^^") === 0) term.datatype = rest.slice(3, -1);
    return term;
  }
  function parseNTriples(text) {
    var rows = [];
    text.split("\n").forEach(function (line) {
      if (!line.trim() || line.trim()[0] === "#") return;
      NT_TERM.lastIndex = 0;
      var terms = [];
      for (var i = 0; i < 3; i++) {
        var m = NT_TERM.exec(line);
        if (!m) return;
        terms.push(ntTerm(m[1]));
      }
      rows.push({ subject: terms[0], predicate: terms[1], object: terms[2] });
    });
    return rows;
  }

  function showDownloads(kind) {
    downloads.textContent = "Download: ";
    data.formats[kind].forEach(function (f) {
      var href = data.endpoint + "?query=" + encodeURIComponent(editor.value) + "&format=" + encodeURIComponent(f.key);
      downloads.appendChild(el("a", { href: href, type: f.media_type, download: "results." + f.extension }, f.key.toUpperCase()));
    });
    downloads.hidden = false;
  }

  function showError(response, body) {
    errorView.hidden = false;
    document.getElementById("error-status").textContent = response ? response.status + " " + response.statusText : "The server could not be reached.";
    document.getElementById("error-body").textContent = body;
    statusLine.textContent = "";
  }

  function showJson(json, truncated, elapsed) {
    if (typeof json.boolean === "boolean") {
      results.appendChild(el("p", { "class": "ask-answer" }, json.boolean ? "yes (true)" : "no (false)"));
      statusLine.textContent = "ASK answered in " + elapsed + " ms";
      showDownloads("results");
      return;
    }
    var rows = json.results.bindings;
    results.appendChild(table(json.head.vars, rows));
    statusLine.textContent = rows.length + " row" + (rows.length === 1 ? "" : "s") + " in " + elapsed + " ms" +
      (truncated ? " — cut at the server's row limit: more rows exist" : "");
    statusLine.className = "status-line" + (truncated ? " truncated" : "");
    showDownloads("results");
  }

  function showGraph(text, truncated, elapsed) {
    var rows = parseNTriples(text);
    results.appendChild(table(["subject", "predicate", "object"], rows));
    statusLine.textContent = rows.length + " triple" + (rows.length === 1 ? "" : "s") + " in " + elapsed + " ms" +
      (truncated ? " — cut at the server's row limit" : "");
    statusLine.className = "status-line" + (truncated ? " truncated" : "");
    showDownloads("graph");
  }

  function run(event) {
    if (event) event.preventDefault();
    var started = Date.now();
    errorView.hidden = true; downloads.hidden = true; results.textContent = "";
    statusLine.className = "status-line"; statusLine.textContent = "Running…";
    runButton.disabled = true;
    updateShare();
    history.replaceState(null, "", uiLink(editor.value));
    fetch(data.endpoint, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", "Accept": ACCEPT },
      body: "query=" + encodeURIComponent(editor.value)
    }).then(function (response) {
      return response.text().then(function (body) {
        var elapsed = Date.now() - started;
        var truncated = response.headers.get("X-Newsld-Truncated") === "true";
        if (!response.ok) return showError(response, body);
        var type = response.headers.get("Content-Type") || "";
        if (type.indexOf("application/sparql-results+json") === 0) return showJson(JSON.parse(body), truncated, elapsed);
        if (type.indexOf("application/n-triples") === 0) return showGraph(body, truncated, elapsed);
        results.appendChild(el("pre", {}, body));
        statusLine.textContent = "Answered as " + type;
      });
    }).catch(function (err) {
      showError(null, String(err));
    }).then(function () { runButton.disabled = false; });
  }

  function pick(name) {
    var example = data.examples.filter(function (e) { return e.name === name; })[0];
    if (!example) return;
    editor.value = example.query;
    document.querySelectorAll("button.example").forEach(function (b) {
      b.classList.toggle("selected", b.getAttribute("data-name") === name);
    });
    updateShare();
    editor.focus();
  }

  document.querySelectorAll("button.example").forEach(function (button) {
    button.addEventListener("click", function () { pick(button.getAttribute("data-name")); });
  });
  form.addEventListener("submit", run);
  editor.addEventListener("input", updateShare);
  editor.addEventListener("keydown", function (e) {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) run(e);
    if (e.key === "Tab" && !e.shiftKey) {  /* indent rather than leave the editor */
      e.preventDefault();
      var s = editor.selectionStart;
      editor.setRangeText("  ", s, editor.selectionEnd, "end");
    }
  });
  updateShare();
  if (data.autorun) run();
}());
