/* kg view: draws the graph held in #kg-data with vis-network.
 * Every text from the graph is put into the page with textContent, never parsed as HTML. */
(function () {
  "use strict";
  var timings = window.kgTimings = { start: performance.now() };
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  timings.parsed = performance.now();
  window.kgReady = false;

  // Same folding as kg.html.fold: drop combining marks (hamza forms, diacritics),
  // tatweel and quote marks; alef maqsura -> ya, ta marbuta -> ha; lower case.
  function fold(s) {
    return String(s).normalize("NFKD").replace(/\p{Mn}/gu, "").replace(/\u0640/g, "")
      .replace(/\u0649/g, "\u064a").replace(/\u0629/g, "\u0647")
      .replace(/["'\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019\u2039\u203a]/g, "")
      .replace(/\s+/g, " ").trim().toLowerCase();
  }
  window.kgFold = fold;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }

  function tooltip(tip) {
    var root = el("div", "kg-tip");
    var head = el("div", "kg-tip-head");
    var badge = el("span", "kg-badge", tip.t);
    badge.setAttribute("data-kg-type", tip.t);
    head.appendChild(badge);
    var h = el("bdi", "kg-tip-title", tip.h);
    h.dir = "auto";
    head.appendChild(h);
    root.appendChild(head);
    var dl = el("dl");
    tip.rows.forEach(function (r) {
      dl.appendChild(el("dt", null, r[0]));
      var dd = el("dd");
      if (Array.isArray(r[1])) {
        var ul = el("ul");
        r[1].forEach(function (x) { var li = el("li", null, x); li.dir = "auto"; ul.appendChild(li); });
        dd.appendChild(ul);
      } else {
        dd.textContent = r[1];
        dd.dir = "auto";
      }
      dl.appendChild(dd);
    });
    root.appendChild(dl);
    return root;
  }

  // Tooltips are built when first needed: a DOM element per node up front costs
  // too much on 20,000-node graphs.
  var tips = {};
  data.nodes.forEach(function (n) {
    tips[n.id] = n.kgTip;
    delete n.kgTip;
    if (data.lazyNodeLabels) { n.kgLabel = n.label; delete n.label; }
  });
  data.edges.forEach(function (e) {
    e.title = e.kgTitle;
    delete e.kgTitle;
    if (data.lazyEdgeLabels) { e.kgLabel = e.label; delete e.label; }
  });

  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var container = document.getElementById("kg-network");
  timings.datasets = performance.now();
  var options = data.options;
  if (data.lazyEdgeLabels) {
    options = JSON.parse(JSON.stringify(options));
    options.edges.arrows.to.enabled = false;
  }
  window.kgReady = false;
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, options);
  timings.network = performance.now();
  window.network = network;
  window.kgNodes = nodes;
  window.kgEdges = edges;

  if (data.lazyNodeLabels) {
    // Big graph: node labels are measured for every node before the first draw, yet cannot be
    // read when the whole graph is in view; hand them over once the user zooms in.
    var nodesLabelled = false;
    network.on("afterDrawing", function () {
      if (nodesLabelled || network.getScale() < 0.3) { return; }
      nodesLabelled = true;
      nodes.update(nodes.get({ fields: ["id", "kgLabel"] }).map(function (n) {
        return { id: n.id, label: n.kgLabel };
      }));
    });
  }
  if (data.lazyEdgeLabels) {
    // Likewise edge labels and arrow heads, which cost most of a frame.
    var labelled = false, arrows = false;
    network.on("afterDrawing", function () {  // after any zoom: the wheel, a search, fit()
      var near = network.getScale() >= 0.6;
      if (near && !labelled) {
        labelled = true;
        edges.update(edges.get({ fields: ["id", "kgLabel"] }).map(function (e) {
          return { id: e.id, label: e.kgLabel };
        }));
      }
      if (near !== arrows && data.options.edges.arrows.to.enabled) {
        arrows = near;
        network.setOptions({ edges: { arrows: { to: { enabled: near } } } });
      }
    });
  }

  network.on("hoverNode", function (p) {
    var tip = tips[p.node];
    if (tip) {
      delete tips[p.node];
      // vis shows the popup after tooltipDelay, by which time the title is set
      nodes.update({ id: p.node, title: tooltip(tip) });
    }
  });
  window.kgTooltip = function (id) {  // for tests and the curious: the tooltip element of a node
    var tip = tips[id];
    if (tip) { delete tips[id]; nodes.update({ id: id, title: tooltip(tip) }); }
    var n = nodes.get(id);
    return n ? n.title : null;
  };

  network.once("afterDrawing", function () {
    window.kgReady = true;
    window.kgFirstDrawMs = timings.drawn = performance.now();
    document.body.setAttribute("data-kg-ready", "1");
  });
  if (data.options.physics.enabled) {
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } });
      window.kgStable = true;
    });
  } else {
    window.kgStable = true;
  }

  // Legend doubles as a type filter.
  var hiddenTypes = {};
  Array.prototype.forEach.call(document.querySelectorAll("input[data-kg-type]"), function (box) {
    box.addEventListener("change", function () {
      var t = box.getAttribute("data-kg-type");
      hiddenTypes[t] = !box.checked;
      var changes = [];
      nodes.forEach(function (n) {
        if (n.kgType === t) { changes.push({ id: n.id, hidden: !box.checked }); }
      });
      nodes.update(changes);
    });
  });

  // Search box: names in any spelling (folded like the Python side).
  var search = document.getElementById("kg-search");
  var result = document.getElementById("kg-search-result");
  var timer = null;
  function runSearch(zoom) {
    var q = fold(search.value);
    if (!q) { network.unselectAll(); result.textContent = ""; return []; }
    var ids = nodes.getIds({
      filter: function (n) { return !hiddenTypes[n.kgType] && String(n.kgSearch || "").indexOf(q) >= 0; }
    });
    network.selectNodes(ids);
    result.textContent = ids.length === 1 ? "1 match" : ids.length + " matches";
    if (zoom && ids.length) { network.fit({ nodes: ids.slice(0, 200), animation: false }); }
    return ids;
  }
  window.kgSearch = function (text) { search.value = text; return runSearch(true); };
  search.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { runSearch(false); }, 200);
  });
  search.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") { clearTimeout(timer); runSearch(true); }
  });
})();
