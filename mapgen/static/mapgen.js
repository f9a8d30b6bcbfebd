/* mapgen map script: symbols, popups, legend, search, problems panel, time slider.
 * Self-contained (needs only Leaflet). Every piece of report text is inserted with
 * textContent, never innerHTML: the data block is untrusted. */
(function () {
  "use strict";
  var STATE_LABEL = {h: "held", c: "contested", b: "besieged", u: "under attack", x: "changed hands"};
  var STATUS_LABEL = {held: "holds", captured: "captured", lost: "lost", attacking: "attacking",
    besieging: "besieging", contested: "contests"};
  var KIND_LABEL = {s: "settlement", a: "province", r: "region", c: "country", f: "facility"};
  var CHANGE_LABEL = {gained: "gained", lost: "lost", contested: "newly contested", "new": "new on the map"};

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function pct(v) { return Math.round(v * 100) + "%"; }
  function fold(s) {
    return String(s).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  /* ---------- symbol drawing (canvas) ---------- */
  var patternCache = {};
  function pattern(ctx, color, kind, light) {
    var key = color + "|" + kind + "|" + (light ? 1 : 0);
    if (patternCache[key]) return patternCache[key];
    var c = document.createElement("canvas");
    c.width = c.height = 8;
    var g = c.getContext("2d");
    g.fillStyle = light ? "rgba(255,255,255,1)" : color;
    g.fillRect(0, 0, 8, 8);
    g.strokeStyle = light ? color : "rgba(255,255,255,0.85)";
    g.fillStyle = g.strokeStyle;
    g.lineWidth = light ? 2 : 1.2;
    g.beginPath();
    if (kind === 1 || kind === 4 || light) { g.moveTo(0, 8); g.lineTo(8, 0); g.moveTo(-2, 2); g.lineTo(2, -2); g.moveTo(6, 10); g.lineTo(10, 6); }
    if (kind === 3) { g.moveTo(0, 4); g.lineTo(8, 4); }
    if (kind === 5) { g.moveTo(4, 0); g.lineTo(4, 8); }
    if (kind === 4 && !light) { g.moveTo(0, 0); g.lineTo(8, 8); }
    g.stroke();
    if (kind === 2 && !light) { g.beginPath(); g.arc(4, 4, 1.4, 0, 2 * Math.PI); g.fill(); }
    patternCache[key] = ctx.createPattern(c, "repeat");
    return patternCache[key];
  }

  function actorFill(ctx, D, a, light) {
    if (a < 0 || !D.A[a]) return D.unknown;
    var A = D.A[a];
    if (light) return pattern(ctx, A.c, 1, true);
    return A.p ? pattern(ctx, A.c, A.p, false) : A.c;
  }

  /* Slices of a symbol: [{a: actor, f: fraction, light: uncertain band}], summing to 1. */
  function slices(e) {
    var h = e.h || [];
    var by = {}, order = [];
    h.forEach(function (x) {
      var a = x[0];
      if (!(a in by)) { by[a] = {lo: null, hi: null}; order.push(a); }
      var lo = x[1] !== null ? x[1] : x[2], hi = x[2] !== null ? x[2] : x[1];
      if (lo !== null) by[a].lo = by[a].lo === null ? lo : Math.min(by[a].lo, lo);
      if (hi !== null) by[a].hi = by[a].hi === null ? hi : Math.max(by[a].hi, hi);
    });
    if (!order.length) return [{a: -1, f: 1}];
    var out = [], used = 0, open = [];
    order.forEach(function (a) {
      var s = by[a];
      if (s.lo === null) { open.push(a); return; }
      var lo = Math.max(0, Math.min(1 - used, s.lo));
      out.push({a: a, f: lo});
      used += lo;
      var band = Math.max(0, Math.min(1 - used, s.hi - s.lo));
      if (band > 0) { out.push({a: a, f: band, light: true}); used += band; }
    });
    var rest = Math.max(0, 1 - used);
    if (open.length) open.forEach(function (a) { out.push({a: a, f: rest / open.length}); });
    else if (rest > 0.001) out.push({a: -1, f: rest});
    return out.filter(function (s) { return s.f > 0.0005; });
  }

  function shapePath(ctx, x, y, r, kind) {
    ctx.beginPath();
    if (kind === "a" || kind === "r" || kind === "c") {
      ctx.rect(x - r * 0.9, y - r * 0.9, r * 1.8, r * 1.8);   // areas: square
    } else if (kind === "f") {
      ctx.moveTo(x, y - r); ctx.lineTo(x + r, y); ctx.lineTo(x, y + r); ctx.lineTo(x - r, y); ctx.closePath();
    } else {
      ctx.arc(x, y, r, 0, 2 * Math.PI);
    }
  }

  function ringColors(D, list) {
    return (list || []).map(function (a) { return D.A[a] ? D.A[a].c : D.unknown; });
  }

  function drawSymbol(ctx, D, x, y, r, kind, e) {
    ctx.save();
    ctx.globalAlpha = e.o ? 0.45 : 1;
    var parts = slices(e), start = -Math.PI / 2;
    shapePath(ctx, x, y, r, kind);
    ctx.save();
    ctx.clip();
    parts.forEach(function (s) {
      var end = start + s.f * 2 * Math.PI;
      ctx.beginPath();
      if (s.f >= 0.9995) { ctx.rect(x - 2 * r, y - 2 * r, 4 * r, 4 * r); }
      else { ctx.moveTo(x, y); ctx.arc(x, y, 2 * r, start, end); ctx.closePath(); }
      ctx.fillStyle = actorFill(ctx, D, s.a, s.light);
      ctx.fill();
      if (parts.length > 1) {  // a dividing line keeps slices apart in greyscale
        ctx.strokeStyle = "#fff"; ctx.lineWidth = 1; ctx.stroke();
      }
      start = end;
    });
    ctx.restore();
    shapePath(ctx, x, y, r, kind);
    ctx.lineWidth = e.s === "c" ? 2 : 1;
    ctx.strokeStyle = "#111";
    if (e.o) ctx.setLineDash([2, 2]);
    ctx.stroke();
    ctx.setLineDash([]);
    // Besieged: a solid thick ring (arcs, one per besieger) in the besiegers' colours.
    // Under attack (or attackers listed): a dashed ring in the attackers' colours.
    var besiegers = ringColors(D, e.b), attackers = ringColors(D, e.a);
    if (e.s === "b" && !besiegers.length) besiegers = attackers.length ? attackers : ["#111"];
    var rr = r + 3.5;
    if (besiegers.length) {
      // Besieged: a solid ring in the besiegers' colours with dark teeth pointing out (an encirclement
      // line), so it reads in greyscale and apart from the dashed ring of an attack.
      arcs(ctx, x, y, rr, besiegers, 3, null);
      teeth(ctx, x, y, rr + 1.5, 3.5);
      rr += 6.5;
    }
    var att = attackers.filter(function (c) { return besiegers.indexOf(c) < 0; });
    if (e.s === "u" && !att.length && !besiegers.length) att = ["#111"];
    if (att.length) arcs(ctx, x, y, rr, att, 2.5, [4, 2.5]);
    if (e.s === "x") {  // changed hands: a white core with a dark dot
      ctx.beginPath(); ctx.arc(x, y, Math.max(1.5, r * 0.35), 0, 2 * Math.PI);
      ctx.fillStyle = "#fff"; ctx.fill(); ctx.strokeStyle = "#111"; ctx.lineWidth = 1; ctx.stroke();
    }
    if (e.p) {  // analyst pin: a small black diamond at the top right
      var px = x + r * 0.8, py = y - r * 0.8, q = Math.max(3, r * 0.45);
      ctx.beginPath(); ctx.moveTo(px, py - q); ctx.lineTo(px + q, py); ctx.lineTo(px, py + q); ctx.lineTo(px - q, py);
      ctx.closePath(); ctx.fillStyle = "#111"; ctx.fill(); ctx.strokeStyle = "#fff"; ctx.lineWidth = 1; ctx.stroke();
    }
    ctx.restore();
  }

  function arcs(ctx, x, y, r, colors, width, dash) {
    var n = colors.length, step = 2 * Math.PI / n;
    ctx.lineWidth = width;
    ctx.setLineDash(dash || []);
    // A thin dark halo first, so a light ring stays visible on a light basemap and in greyscale.
    ctx.beginPath(); ctx.arc(x, y, r, 0, 2 * Math.PI);
    ctx.strokeStyle = "rgba(0,0,0,0.55)"; ctx.lineWidth = width + 1.5; ctx.stroke();
    ctx.lineWidth = width;
    colors.forEach(function (c, i) {
      ctx.beginPath(); ctx.arc(x, y, r, -Math.PI / 2 + i * step, -Math.PI / 2 + (i + 1) * step);
      ctx.strokeStyle = c; ctx.stroke();
    });
    ctx.setLineDash([]);
  }

  function teeth(ctx, x, y, r, len) {
    var n = Math.max(8, Math.round(2 * Math.PI * r / 7));
    ctx.save();
    ctx.setLineDash([]);
    ctx.strokeStyle = "#111"; ctx.lineWidth = 1.6; ctx.lineCap = "butt";
    ctx.beginPath();
    for (var k = 0; k < n; k++) {
      var t = -Math.PI / 2 + k * 2 * Math.PI / n, c = Math.cos(t), s = Math.sin(t);
      ctx.moveTo(x + c * r, y + s * r); ctx.lineTo(x + c * (r + len), y + s * (r + len));
    }
    ctx.stroke();
    ctx.restore();
  }

  function drawChange(ctx, D, x, y, c) {
    var color = c.a >= 0 && D.A[c.a] ? D.A[c.a].c : "#111", s = 6;
    ctx.save();
    ctx.beginPath();
    if (c.k === "gained") { ctx.moveTo(x, y - s); ctx.lineTo(x + s, y + s * 0.8); ctx.lineTo(x - s, y + s * 0.8); }
    else if (c.k === "lost") { ctx.moveTo(x, y + s); ctx.lineTo(x + s, y - s * 0.8); ctx.lineTo(x - s, y - s * 0.8); }
    else { ctx.moveTo(x, y - s); ctx.lineTo(x + s, y); ctx.lineTo(x, y + s); ctx.lineTo(x - s, y); }
    ctx.closePath();
    ctx.fillStyle = c.k === "lost" ? "#fff" : color;
    ctx.fill();
    ctx.lineWidth = c.k === "lost" ? 2.5 : 1.2;
    ctx.strokeStyle = c.k === "lost" ? color : "#111";
    ctx.stroke();
    ctx.restore();
  }

  /* ---------- Leaflet layers drawing our symbols on a shared canvas ---------- */
  var Symbol = L.CircleMarker.extend({
    _extra: function () {
      var e = this.options.mg.e, n = 1.5;
      if (e.b && e.b.length || e.s === "b") n += 10;
      if (e.a && e.a.length || e.s === "u") n += 6;
      return n;
    },
    _updateBounds: function () {
      var r = this._radius + this._extra(), p = this._point;
      this._pxBounds = new L.Bounds(p.subtract([r, r]), p.add([r, r]));
    },
    _updatePath: function () {
      var R = this._renderer;
      if (!R._drawing || this._empty()) return;
      var o = this.options.mg;
      drawSymbol(R._ctx, o.D, this._point.x, this._point.y, this._radius, o.kind, o.e);
    },
    _containsPoint: function (p) {
      return p.distanceTo(this._point) <= this._radius + 3 + this._clickTolerance();
    }
  });

  var ChangeMark = L.CircleMarker.extend({
    _offset: function () { var r = this.options.mg.r + 6; return L.point(r, -r); },
    _updateBounds: function () {
      var p = this._point.add(this._offset());
      this._pxBounds = new L.Bounds(p.subtract([9, 9]), p.add([9, 9]));
    },
    _updatePath: function () {
      var R = this._renderer;
      if (!R._drawing || this._empty()) return;
      var p = this._point.add(this._offset());
      drawChange(R._ctx, this.options.mg.D, p.x, p.y, this.options.mg.c);
    },
    _containsPoint: function (p) {
      return p.distanceTo(this._point.add(this._offset())) <= 8 + this._clickTolerance();
    }
  });

  /* ---------- popups and tooltips (DOM + textContent only) ---------- */
  function T(D, i) { return i === undefined || i === null || i < 0 ? null : D.T[i]; }
  function actorName(D, a) { return a >= 0 && D.A[a] ? T(D, D.A[a].n) : "unknown"; }

  function swatch(D, a) {
    var s = el("span", "mg-dot");
    s.style.background = a >= 0 && D.A[a] ? D.A[a].c : D.unknown;
    return s;
  }

  function holderLines(D, e) {
    var groups = {}, order = [];
    (e.h || []).forEach(function (h) {
      if (!(h[0] in groups)) { groups[h[0]] = []; order.push(h[0]); }
      groups[h[0]].push(h);
    });
    return order.map(function (a) {
      var li = el("li");
      li.appendChild(swatch(D, a));
      li.appendChild(el("b", null, actorName(D, a)));
      var parts = [];
      groups[a].forEach(function (h) {
        var s = "";
        if (h[1] !== null || h[2] !== null) {
          var lo = h[1] !== null ? h[1] : h[2], hi = h[2] !== null ? h[2] : h[1];
          s = lo === hi ? pct(lo) : pct(lo) + "\u2013" + pct(hi);
        }
        var who = T(D, h[3]);
        if (who) s = s ? s + " per " + who : "per " + who;
        if (h[4]) s = s ? s + ", since " + h[4] : "since " + h[4];
        if (s) parts.push(s);
      });
      if (parts.length) li.appendChild(el("span", "mg-share", " \u2014 " + parts.join("; ")));
      return li;
    });
  }

  /* One block per evidence sentence: a head line per claim, then the sentence and its source. */
  function claimBlock(D, group) {
    var c = D.C[group[0]], box = el("div", "mg-claim");
    group.forEach(function (ci) {
      var k = D.C[ci], head = el("div", "mg-claim-head");
      head.appendChild(swatch(D, k.a));
      var txt = actorName(D, k.a) + " " + (STATUS_LABEL[k.s] || k.s);
      if (k.lo !== undefined && (k.lo !== null || k.hi !== null)) {
        var lo = k.lo !== null ? k.lo : k.hi, hi = k.hi !== null ? k.hi : k.lo;
        txt += " (" + (lo === hi ? pct(lo) : pct(lo) + "\u2013" + pct(hi)) + ")";
      }
      if (k.q !== undefined) txt += " \u2014 " + T(D, k.q) + " part";
      var who = T(D, k.at);
      if (who) txt += " \u2014 according to " + who;
      head.appendChild(el("span", null, txt));
      box.appendChild(head);
    });
    box.appendChild(el("blockquote", "mg-evidence", T(D, c.e)));
    var meta = el("div", "mg-meta");
    var src = T(D, c.src), url = T(D, c.u);
    if (url && /^https?:\/\//i.test(url)) {
      var a = el("a", null, src || url);
      a.href = url; a.target = "_blank"; a.rel = "noopener noreferrer";
      meta.appendChild(a);
    } else {
      meta.appendChild(el("span", null, src || "unknown source"));
    }
    if (c.d) meta.appendChild(el("span", null, ", " + c.d));
    box.appendChild(meta);
    return box;
  }

  function popupContent(D, e) {
    var P = D.P[e.i], box = el("div", "mg-popup");
    box.appendChild(el("h3", null, T(D, P.n)));
    if (P.gn !== undefined) box.appendChild(el("div", "mg-sub", "Gazetteer: " + T(D, P.gn)));
    if (P.al) box.appendChild(el("div", "mg-sub", "Also reported as: " + P.al.map(function (a) { return T(D, a); }).join(", ")));
    var sub = KIND_LABEL[P.t] || "place";
    if (e.q !== undefined) sub = T(D, e.q) + " part of the " + sub;
    sub += " \u00b7 " + (STATE_LABEL[e.s] || e.s);
    if (e.o) sub += " \u00b7 stale (no recent report)";
    if (P.ap) sub += " \u00b7 approximate area";
    box.appendChild(el("div", "mg-sub", sub));
    if (e.p) box.appendChild(el("div", "mg-pinned", "Pinned by an analyst correction"));
    var hl = holderLines(D, e);
    if (hl.length) {
      box.appendChild(el("div", "mg-label", "Held by"));
      var ul = el("ul", "mg-holders");
      hl.forEach(function (li) { ul.appendChild(li); });
      box.appendChild(ul);
    }
    [["b", "Besieged by"], ["a", "Under attack by"]].forEach(function (k) {
      if (e[k[0]] && e[k[0]].length) {
        box.appendChild(el("div", "mg-label", k[1] + ": " +
          e[k[0]].map(function (a) { return actorName(D, a); }).join(", ")));
      }
    });
    if (e.d) box.appendChild(el("div", "mg-sub", "Last reported " + e.d));
    if (e.c && e.c.length) {
      box.appendChild(el("div", "mg-label", "Newest claims"));
      var groups = [];
      e.c.forEach(function (ci) {
        var last = groups[groups.length - 1];
        if (last && D.C[last[0]].e === D.C[ci].e && D.C[last[0]].src === D.C[ci].src) last.push(ci);
        else groups.push([ci]);
      });
      groups.forEach(function (g) { box.appendChild(claimBlock(D, g)); });
      if (e.m) box.appendChild(el("div", "mg-more", "and " + e.m + " more"));
    } else if (e.nc) {
      // A past date on a large map: its evidence is left out to keep the page small.
      box.appendChild(el("div", "mg-more", (e.nc > 0 ? e.nc + (e.nc > 1 ? " claims" : " claim") +
        " behind this date: their evidence" : "The evidence for this date") + " is listed by mapgen history"));
    }
    return box;
  }

  function tooltipContent(D, e) {
    var names = [];
    (e.h || []).forEach(function (h) {
      var n = actorName(D, h[0]);
      if (names.indexOf(n) < 0) names.push(n);
    });
    var t = el("span", "mg-tip");
    t.appendChild(el("b", null, T(D, D.P[e.i].n)));
    t.appendChild(el("span", null, ": " + (names.length ? names.join(" / ") : "no reported holder") +
      (e.s !== "h" ? " (" + STATE_LABEL[e.s] + ")" : "")));
    return t;
  }

  /* ---------- controls ---------- */
  function control(pos, cls, build) {
    var C = L.Control.extend({
      onAdd: function () {
        var div = el("div", "mg-control leaflet-bar " + cls);
        L.DomEvent.disableClickPropagation(div);
        L.DomEvent.disableScrollPropagation(div);
        build(div);
        return div;
      }
    });
    return new C({position: pos});
  }

  function legendSwatch(draw) {
    var c = el("canvas", "mg-legend-sw");
    var ratio = (window.devicePixelRatio || 1) * 2;
    c.width = 30 * ratio; c.height = 22 * ratio;
    c.style.width = "30px"; c.style.height = "22px";
    var ctx = c.getContext("2d");
    ctx.scale(ratio, ratio);
    draw(ctx);
    return c;
  }

  function buildLegend(S, div) {
    var D = S.D, frame = D.F[S.frame];
    div.appendChild(el("div", "mg-legend-title", "Legend"));
    var usedActors = {}, usedStates = {}, flags = {};
    frame.p.forEach(function (e) {
      (e.h || []).forEach(function (h) { usedActors[h[0]] = 1; });
      (e.a || []).forEach(function (a) { usedActors[a] = 1; });
      (e.b || []).forEach(function (a) { usedActors[a] = 1; });
      usedStates[e.s] = 1;
      if (e.o) flags.stale = 1;
      if (e.p) flags.pinned = 1;
      (e.h || []).forEach(function (h) { if (h[1] !== null && h[2] !== null && h[1] !== h[2]) flags.range = 1; });
      if (D.P[e.i].g !== undefined) flags[D.P[e.i].ap ? "approx" : "area"] = 1;
    });
    (D.X || []).forEach(function (c) { if (c.a >= 0) usedActors[c.a] = 1; flags["ch_" + c.k] = 1; });
    var actors = Object.keys(usedActors).map(Number).sort(function (a, b) {
      var x = actorName(D, a), y = actorName(D, b); return x < y ? -1 : x > y ? 1 : 0;
    });
    var ul = el("ul", "mg-legend-list");
    function row(draw, text) {
      var li = el("li");
      li.appendChild(legendSwatch(draw));
      li.appendChild(el("span", null, text));
      ul.appendChild(li);
    }
    actors.forEach(function (a) {
      row(function (ctx) { drawSymbol(ctx, D, 15, 11, 7, "s", {s: "h", h: [[a, null, null, -1, null]]}); },
        actorName(D, a));
    });
    div.appendChild(ul);
    ul = el("ul", "mg-legend-list mg-legend-states");
    var two = [[actors[0] !== undefined ? actors[0] : -1, null, null, -1, null],
      [actors[1] !== undefined ? actors[1] : -1, null, null, -1, null]];
    var a0 = actors.length ? actors[0] : -1;
    // State symbols are explained in neutral grey: their shape carries the meaning, not the colour.
    var grey = [-1, null, null, -1, null];
    two[0] = grey;
    if (usedStates.h) row(function (ctx) { drawSymbol(ctx, D, 15, 11, 7, "s", {s: "h", h: [two[0]]}); }, "held");
    if (usedStates.c) row(function (ctx) {
      drawSymbol(ctx, D, 15, 11, 7, "s", {s: "c", h: [[a0, null, null, -1, null], [actors.length > 1 ? actors[1] : -1, null, null, -1, null]]});
    }, "contested (split)");
    if (flags.range) row(function (ctx) {
      drawSymbol(ctx, D, 15, 11, 7, "s", {s: "c", h: [[a0, 0.6, 0.85, -1, null]]});
    }, "share, hatched = range between sources");
    if (usedStates.b) row(function (ctx) { drawSymbol(ctx, D, 15, 11, 3, "s", {s: "b", h: [two[0]]}); },
      "besieged (toothed ring: besieger)");
    if (usedStates.u || frame.p.some(function (e) { return e.a && e.a.length; })) {
      row(function (ctx) { drawSymbol(ctx, D, 15, 11, 5, "s", {s: "u", h: [two[0]]}); },
        "under attack (dashed ring: attacker)");
    }
    if (usedStates.x) row(function (ctx) { drawSymbol(ctx, D, 15, 11, 7, "s", {s: "x", h: [two[0]]}); }, "changed hands");
    if (flags.area || flags.approx) row(function (ctx) { drawSymbol(ctx, D, 15, 11, 7, "a", {s: "h", h: [two[0]]}); },
      "province or region (area)");
    if (flags.approx) row(function (ctx) {
      ctx.fillStyle = pattern(ctx, "#555", 1, true);
      ctx.fillRect(3, 3, 24, 16); ctx.setLineDash([3, 2]); ctx.strokeStyle = "#333"; ctx.strokeRect(3, 3, 24, 16);
    }, "approximate area (hatched)");
    if (flags.stale) row(function (ctx) { drawSymbol(ctx, D, 15, 11, 7, "s", {s: "h", h: [two[0]], o: 1}); },
      "stale (faded)");
    if (flags.pinned) row(function (ctx) { drawSymbol(ctx, D, 15, 11, 7, "s", {s: "h", h: [two[0]], p: 1}); },
      "pinned by an analyst");
    ["gained", "lost", "contested", "new"].forEach(function (k) {
      var ca = k === "gained" || k === "lost" ? a0 : -1;
      if (flags["ch_" + k]) row(function (ctx) { drawChange(ctx, D, 15, 11, {k: k, a: ca}); },
        CHANGE_LABEL[k] + " since the previous build");
    });
    row(function (ctx) { drawSymbol(ctx, D, 8, 11, 3.5, "s", {s: "h"}); drawSymbol(ctx, D, 21, 11, 8, "s", {s: "h"}); },
      "size: population");
    div.appendChild(ul);
    var asOf = el("div", "mg-asof", D.asOf ? "As of " + (S.frame === D.F.length - 1 ? D.asOf : frame.d) : "");
    S.asOfEl = asOf;
    div.appendChild(asOf);
    div.appendChild(el("div", "mg-credits", "Data: " + D.credits));
  }

  function buildSearch(S, div) {
    var D = S.D;
    var input = el("input", "mg-search-input");
    input.type = "search"; input.placeholder = "Search places"; input.setAttribute("aria-label", "Search places");
    var list = el("ul", "mg-search-results");
    div.appendChild(input); div.appendChild(list);
    var keys = [];  // [folded name, place index, label]
    D.P.forEach(function (p, i) {
      keys.push([fold(T(D, p.n)), i, T(D, p.n)]);
      (p.gn !== undefined ? [p.gn] : []).concat(p.al || []).forEach(function (a) {
        keys.push([fold(T(D, a)), i, T(D, p.n) + " (" + T(D, a) + ")"]);
      });
    });
    function results() {
      var q = fold(input.value.trim());
      list.textContent = "";
      if (!q) return [];
      var hits = [], seen = {};
      for (var i = 0; i < keys.length && hits.length < 200; i++) {
        var k = keys[i][0].indexOf(q);
        if (k >= 0) hits.push([k === 0 ? 0 : 1, keys[i][0].length, keys[i][1], keys[i][2]]);
      }
      hits.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1] || a[2] - b[2]; });
      hits = hits.filter(function (h) { if (seen[h[2]]) return false; seen[h[2]] = 1; return true; }).slice(0, 10);
      hits.forEach(function (h) {
        var li = el("li", null, h[3]);
        li.tabIndex = 0;
        li.addEventListener("click", function () { S.openPlace(h[2]); list.textContent = ""; });
        list.appendChild(li);
      });
      return hits;
    }
    input.addEventListener("input", results);
    input.addEventListener("keydown", function (ev) {
      if (ev.key === "Enter") {
        var hits = results();
        if (hits.length) { S.openPlace(hits[0][2]); list.textContent = ""; }
      }
    });
  }

  function buildProblems(S, div) {
    var D = S.D, det = el("details");
    det.appendChild(el("summary", null, "Names not on the map (" + D.Q.length + ")"));
    var ul = el("ul", "mg-problems-list");
    D.Q.forEach(function (q) {
      var li = el("li");
      li.appendChild(el("b", null, q.n));
      li.appendChild(el("span", null, " \u2014 " + q.k + (q.c > 1 ? " \u00d7" + q.c : "") + (q.f ? " (" + q.f + ")" : "")));
      ul.appendChild(li);
    });
    det.appendChild(ul);
    div.appendChild(det);
  }

  function buildSlider(S, div) {
    var D = S.D;
    div.appendChild(el("div", "mg-label", "Control through time"));
    var input = el("input", "mg-slider-input");
    input.type = "range"; input.min = 0; input.max = D.F.length - 1; input.step = 1; input.value = D.F.length - 1;
    var lab = el("span", "mg-slider-date", D.F[D.F.length - 1].d || "");
    var play = el("button", "mg-slider-play", "\u25b6");
    play.type = "button"; play.title = "Replay";
    div.appendChild(input); div.appendChild(lab); div.appendChild(play);
    function go(i) { input.value = i; lab.textContent = D.F[i].d || ""; S.showFrame(i); }
    input.addEventListener("input", function () { go(Number(input.value)); });
    var timer = null;
    play.addEventListener("click", function () {
      if (timer) { clearInterval(timer); timer = null; play.textContent = "\u25b6"; return; }
      var i = 0; go(0); play.textContent = "\u25a0";
      timer = setInterval(function () {
        i += 1;
        if (i >= D.F.length) { clearInterval(timer); timer = null; play.textContent = "\u25b6"; return; }
        go(i);
      }, 1200);
    });
  }

  /* Past frames arrive as changes against the next newer frame (mapgen.mapdata.encode_frames). */
  function expandFrames(F) {
    for (var k = F.length - 2; k >= 0; k--) {
      var f = F[k];
      if (!f.k) continue;
      var changed = {}, gone = {}, added = [], out = [];
      f.p.forEach(function (e) { if (e["@"] !== undefined) added.push(e); else changed[e.i] = e; });
      (f.r || []).forEach(function (i) { gone[i] = 1; });
      F[k + 1].p.forEach(function (e) { if (!gone[e.i]) out.push(changed[e.i] || e); });
      added.sort(function (a, b) { return a["@"] - b["@"]; });
      added.forEach(function (e) { out.splice(e["@"], 0, e); });
      f.p = out;
      f.k = 0;
    }
  }

  /* ---------- state ---------- */
  function init(map, opts) {
    var D = opts.data, groups = opts.groups;
    expandFrames(D.F);
    var S = {D: D, map: map, frame: D.F.length - 1, markers: {}, areas: [], labels: [], scale: 1};
    map.createPane("mgBase").style.zIndex = 150;
    map.createPane("mgCountryLabels").style.zIndex = 160;
    map.createPane("mgLabels").style.zIndex = 460;
    map.getPane("mgCountryLabels").style.pointerEvents = "none";
    map.getPane("mgLabels").style.pointerEvents = "none";
    map.createPane("mgAreas").style.zIndex = 390;
    map.createPane("mgSymbols").style.zIndex = 450;
    var baseR = L.canvas({pane: "mgBase", padding: 0.5});
    var areaR = L.canvas({pane: "mgAreas", padding: 0.5});
    var symR = L.canvas({pane: "mgSymbols", padding: 0.5, tolerance: 2});
    if (D.basemap) {
      map.getContainer().classList.add("mg-offline");
      L.geoJSON(D.basemap, {renderer: baseR, interactive: false,
        style: {color: "#8c8c8c", weight: 0.7, fillColor: "#f2efe9", fillOpacity: 1}}).addTo(map);
      D.basemap.features.forEach(function (f) {
        if (!f.properties.lp) return;
        L.marker(f.properties.lp, {pane: "mgCountryLabels", interactive: false, keyboard: false,
          icon: L.divIcon({className: "mg-country-label", html: el("span", null, f.properties.name),
            iconSize: null, iconAnchor: [0, 0]})}).addTo(map);
      });
    }
    // Names next to the biggest places (all of them on small maps): readable on a slide.
    var labelled = {};
    D.P.map(function (p, i) { return i; }).sort(function (a, b) {
      return D.P[b].r - D.P[a].r || a - b;
    }).slice(0, D.P.length <= 150 ? 150 : 60).forEach(function (i) { labelled[i] = 1; });

    function areaStyle(e, P) {
      var parts = slices(e), main = parts[0];
      var ctx = symR._ctx || document.createElement("canvas").getContext("2d");
      var fill = parts.length > 1 ? pattern(ctx, main.a >= 0 ? D.A[main.a].c : D.unknown, 4, false)
        : main.a >= 0 && D.A[main.a] ? D.A[main.a].c : D.unknown;
      if (P.ap) fill = pattern(ctx, main.a >= 0 && D.A[main.a] ? D.A[main.a].c : D.unknown, 1, true);
      return {renderer: areaR, color: main.a >= 0 && D.A[main.a] ? D.A[main.a].c : "#666",
        weight: P.ap ? 1.5 : 2, dashArray: P.ap || e.o ? "5 4" : null,
        fillColor: fill, fillOpacity: P.ap ? 0.55 : e.o ? 0.2 : 0.35, opacity: e.o ? 0.5 : 0.9};
    }

    S.showFrame = function (fi) {
      S.frame = fi;
      S.markers = {};
      S.labels = [];
      groups.forEach(function (g) { g.clearLayers(); });
      var F = D.F[fi];
      F.p.forEach(function (e) {
        var P = D.P[e.i], g = groups[e.L];
        if (!g) return;
        if (P.g !== undefined && D.G[P.g]) {
          var area = L.geoJSON(D.G[P.g], {style: function () { return areaStyle(e, P); }});
          area.bindPopup(function () { return popupContent(D, e); }, {maxWidth: 380, maxHeight: S.popupHeight()});
          area.bindTooltip(function () { return tooltipContent(D, e); }, {sticky: true});
          g.addLayer(area);
        }
        var rad = (P.t === "s" ? P.r : 6) * S.scale;
        if (labelled[e.i]) {
          // Beside the symbol and its rings (a siege ring's teeth reach 10 px out, an attack ring 6).
          var ring = e.b && e.b.length || e.s === "b" ? 9 : e.a && e.a.length || e.s === "u" ? 5 : 0;
          var lm = L.marker([P.y, P.x], {pane: "mgLabels", interactive: false, keyboard: false,
            icon: L.divIcon({className: "mg-place-label", html: el("span", null, T(D, P.n)), iconSize: null,
              iconAnchor: [-(rad + 5 + ring), 9]})});
          g.addLayer(lm);
          // Priority: settlements before areas (their polygons show where they are), then bigger first.
          S.labels.push({m: lm, area: P.t === "s" || P.t === "f" ? 0 : 1, r: P.r, i: e.i});
        }
        var m = new Symbol([P.y, P.x], {renderer: symR, radius: rad,
          mg: {D: D, e: e, kind: P.t}});
        m.bindPopup(function () { return popupContent(D, e); }, {maxWidth: 380, maxHeight: S.popupHeight()});
        m.bindTooltip(function () { return tooltipContent(D, e); }, {direction: "top", offset: [0, -P.r]});
        g.addLayer(m);
        S.markers[e.i] = {m: m, e: e, g: g};
      });
      if (opts.changes) {
        opts.changes.clearLayers();
        if (fi === D.F.length - 1) {
          (D.X || []).forEach(function (c) {
            var cm = new ChangeMark([c.y, c.x], {renderer: symR, radius: 8, mg: {D: D, c: c, r: c.r}});
            var text = T(D, c.n) + ": " + (c.a >= 0 ? actorName(D, c.a) + " " : "") + (CHANGE_LABEL[c.k] || c.k) +
              " since the previous build" + (c.from && c.to ? " (" + c.from + " \u2192 " + c.to + ")" : "");
            cm.bindTooltip(function () { return el("span", null, text); });
            cm.bindPopup(function () { return el("div", "mg-popup", text); });
            opts.changes.addLayer(cm);
          });
        }
      }
      S.declutter();
      if (S.asOfEl) S.asOfEl.textContent = "As of " + (fi === D.F.length - 1 ? D.asOf : F.d);
      if (S.legend) {
        S.legend.remove();
        S.legend = control("bottomright", "mg-legend", function (d) { buildLegend(S, d); }).addTo(map);
        S.fitLegend();
      }
    };

    /* Labels never overlap: greedily, in priority order, a label whose box meets one already shown
     * is hidden (until a zoom or a layer toggle makes room). */
    S.declutter = function () {
      var items = (S.labels || []).filter(function (x) { return x.m._icon; });
      items.sort(function (a, b) { return a.area - b.area || b.r - a.r || a.i - b.i; });
      items.forEach(function (x) { x.m._icon.classList.remove("mg-label-hidden"); });
      var shown = [];
      items.forEach(function (x) {
        var span = x.m._icon.firstChild, r = (span || x.m._icon).getBoundingClientRect();
        var clash = shown.some(function (o) {
          return r.left < o.right && o.left < r.right && r.top < o.bottom && o.top < r.bottom;
        });
        if (clash) x.m._icon.classList.add("mg-label-hidden");
        else shown.push({left: r.left - 2, right: r.right + 2, top: r.top - 1, bottom: r.bottom + 1});
      });
    };

    /* The legend always fits between the top-right controls and the bottom of the map, so an image
     * of any size shows its last line (the credits): two columns when that is wider than tall enough,
     * else (or also) scaled down. */
    S.fitLegend = function () {
      var leg = S.legend && S.legend.getContainer();
      if (!leg || !leg.parentNode) return;
      var cont = map.getContainer(), box = cont.getBoundingClientRect(), top = box.top;
      var corner = cont.querySelector(".leaflet-top.leaflet-right");
      Array.prototype.forEach.call(corner ? corner.children : [], function (c) {
        var r = c.getBoundingClientRect();
        if (r.height > 0) top = Math.max(top, r.bottom);
      });
      var maxW = box.width * (box.width < 700 ? 0.62 : 0.45);
      function measure(cols) {
        leg.classList.toggle("mg-legend-cols", cols);
        leg.style.transform = "";
        var bottom = leg.getBoundingClientRect().bottom;
        var availH = bottom - top - 8;
        return {cols: cols, s: Math.min(1, availH / leg.offsetHeight, maxW / leg.offsetWidth)};
      }
      var one = measure(false), best = one;
      if (one.s < 1) {
        var two = measure(true);
        if (two.s > one.s + 0.02) best = two;
      }
      leg.classList.toggle("mg-legend-cols", best.cols);
      var scale = Math.max(0.25, best.s);
      leg.style.transformOrigin = "100% 100%";
      leg.style.transform = scale < 0.999 ? "scale(" + scale.toFixed(3) + ")" : "";
      leg.setAttribute("data-scale", scale.toFixed(3));
    };

    S.popupHeight = function () { return Math.max(160, Math.min(440, map.getSize().y - 140)); };
    S.openPlace = function (i) {
      var P = D.P[i], rec = S.markers[i];
      map.setView([P.y, P.x], Math.max(map.getZoom(), P.t === "s" ? 9 : 7), {animate: false});
      if (rec && map.hasLayer(rec.m)) rec.m.openPopup();
      else if (rec) L.popup({maxWidth: 380, maxHeight: S.popupHeight()}).setLatLng([P.y, P.x]).setContent(popupContent(D, rec.e)).openOn(map);
    };

    S.bounds = function () {
      if (!D.bounds) return null;
      return L.latLngBounds([D.bounds[1], D.bounds[0]], [D.bounds[3], D.bounds[2]]);
    };
    S.fit = function () {
      var b = S.bounds();
      if (!b) return;
      var size = map.getSize(), leg = document.querySelector(".mg-legend"), tit = document.querySelector(".mg-title");
      var right = leg ? Math.min(leg.getBoundingClientRect().width + 20, size.x * 0.45) : 20;
      var top = tit ? Math.min(tit.offsetHeight + 20, size.y * 0.3) : 20;
      map.fitBounds(b.pad(0.05), {paddingTopLeft: [30, top + 10], paddingBottomRight: [right, 30], maxZoom: 9,
        animate: false});
    };
    S.setPreset = function (name) {
      document.body.classList.toggle("mg-slide", name === "slide");
      S.scale = name === "slide" ? 1.8 : 1;
      S.showFrame(S.frame);
      map.invalidateSize({animate: false});
      S.fit();
    };

    control("topleft", "mg-search", function (d) { buildSearch(S, d); }).addTo(map);
    var t = control("topright", "mg-title", function (d) {
      d.appendChild(el("div", "mg-title-text", D.title));
      if (D.asOf) d.appendChild(el("div", "mg-title-date", "as of " + D.asOf));
    });
    t.setPosition("topright");
    t.addTo(map);
    // The title goes first in its corner, above the layer control.
    var corner = t.getContainer().parentNode;
    corner.insertBefore(t.getContainer(), corner.firstChild);
    if (D.Q && D.Q.length) control("bottomleft", "mg-problems", function (d) { buildProblems(S, d); }).addTo(map);
    if (D.F.length > 1) control("bottomleft", "mg-slider", function (d) { buildSlider(S, d); }).addTo(map);
    S.legend = control("bottomright", "mg-legend", function (d) { buildLegend(S, d); }).addTo(map);
    S.showFrame(S.frame);
    map.on("resize", function () { S.fitLegend(); });
    map.on("zoomend overlayadd overlayremove", function () { S.declutter(); });
    S.fit();
    window.mapgen.state = S;
    // The page's own script adds the layer control after this one: fit the legend below it, and the
    // data beside the legend, once it is there; only then is the map ready (for images and tests).
    setTimeout(function () {
      S.fitLegend();
      S.fit();
      S.declutter();
      window.mapgen.ready = true;
      document.documentElement.setAttribute("data-mapgen-ready", "1");
    }, 0);
    return S;
  }

  window.mapgen = {init: init, ready: false,
    fit: function () { if (window.mapgen.state) window.mapgen.state.fit(); },
    setPreset: function (n) { if (window.mapgen.state) window.mapgen.state.setPreset(n); },
    open: function (name) {
      var S = window.mapgen.state, D = S.D, q = fold(name), i;
      function names(p) {
        return [p.n].concat(p.gn !== undefined ? [p.gn] : [], p.al || []).map(function (a) { return fold(T(D, a)); });
      }
      for (i = 0; i < D.P.length; i++) {
        if (names(D.P[i]).indexOf(q) >= 0) { S.openPlace(i); return true; }
      }
      return false;
    }};
})();
